/* spots-fuzz.h: what every fuzz target shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each target is one LLVMFuzzerTestOneInput (libFuzzer's entry point), built
 * twice: with libFuzzer's main by tests/fuzz/run.sh, and with the replay
 * driver (spots-fuzz-replay.c) in the normal build, where every corpus file
 * is run once as an ordinary test.
 */
#pragma once

#include <stddef.h>
#include <stdint.h>

#include <glib.h>

#include "spots-content-loader-private.h"

G_BEGIN_DECLS

int LLVMFuzzerInitialize  (int            *argc,
                           char         ***argv);
int LLVMFuzzerTestOneInput (const uint8_t  *data,
                            size_t          size);

void spots_fuzz_init            (void);
void spots_fuzz_read_content    (SpotsContentFile *file,
                                 const uint8_t    *data,
                                 size_t            size);

G_END_DECLS
