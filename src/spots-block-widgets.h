/* spots-block-widgets.h: widgets that show article blocks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "spots-block.h"

G_BEGIN_DECLS

/* Called when the reader follows a link in a block. */
typedef void (*SpotsLinkHandler) (const char *uri,
                                  gpointer    user_data);

GtkWidget *spots_block_widget_new     (SpotsBlock       *block,
                                       SpotsLinkHandler  on_link,
                                       gpointer          user_data);
GtkWidget *spots_heading_label_new    (const char       *text,
                                       guint             level);
GtkWidget *spots_text_label_new       (const char       *markup,
                                       SpotsLinkHandler  on_link,
                                       gpointer          user_data);
const char *spots_callout_icon_name   (SpotsCalloutKind  kind);

G_END_DECLS
