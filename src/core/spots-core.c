/* spots-core.c: start the core library
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The core is a static library, so its resource bundle is registered by
 * hand: a constructor in an object file that nothing references would be
 * dropped by the linker, and the built-in content with it.
 */
#define G_LOG_DOMAIN "spots-core"

#include "config.h"

#include "spots-core.h"
#include "spots-core-resources.h"
#include "spots-xml-private.h"

void
spots_core_init (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      spots_xml_init ();
      spots_core_register_resource ();
      g_once_init_leave (&initialized, 1);
    }
}
