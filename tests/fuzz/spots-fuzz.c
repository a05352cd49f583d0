/* spots-fuzz.c: what every fuzz target shares
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "spots-fuzz"

#include "config.h"

#include <stdlib.h>

#include "spots-core.h"
#include "spots-fuzz.h"

static void
ignore_log (const char     *log_domain,
            GLogLevelFlags  log_level,
            const char     *message,
            gpointer        user_data)
{
}

void
spots_fuzz_init (void)
{
  /* A critical or a failed assertion is a bug the fuzzer must report as
   * a crash; messages and warnings about the input are expected, and
   * printing them would slow every run. */
  g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_ERROR);
  g_log_set_handler (NULL, G_LOG_LEVEL_MESSAGE | G_LOG_LEVEL_INFO | G_LOG_LEVEL_DEBUG,
                     ignore_log, NULL);
  spots_core_init ();
}

/* Reads the input as a content file in a folder with no images, exactly as
 * the loader reads a file from disk once its bytes are in memory. */
void
spots_fuzz_read_content (SpotsContentFile *file,
                         const uint8_t    *data,
                         size_t            size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);

  spots_content_file_read_bytes (file, "fuzz.xml", bytes, "file:///nonexistent/images");
}
