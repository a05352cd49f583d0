/* spots-tooltip.c: tooltips that cost nothing until they are shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gtk_widget_set_tooltip_text() asks the display where the pointer is, a
 * round trip to the X server every time it is called (GTK 4.8): the home
 * page and the topics list set one per topic, which cost milliseconds at
 * start-up and on every scroll of the list. Here the text is kept on the
 * widget and handed over in ::query-tooltip, when GTK shows the tooltip.
 */
#define G_LOG_DOMAIN "spots-tooltip"

#include "config.h"

#include "spots-tooltip.h"

#define TOOLTIP_KEY "spots-tooltip-text"

static gboolean
on_query_tooltip (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard_mode,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  const char *text = spots_tooltip_get_text (widget);

  if (text == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* Sets (or, with NULL, removes) WIDGET's tooltip. */
void
spots_tooltip_set_text (GtkWidget  *widget,
                        const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (text != NULL && text[0] == '\0')
    text = NULL;

  if (g_signal_handler_find (widget, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_query_tooltip, NULL) == 0)
    g_signal_connect (widget, "query-tooltip", G_CALLBACK (on_query_tooltip), NULL);

  g_object_set_data_full (G_OBJECT (widget), TOOLTIP_KEY, g_strdup (text), g_free);
  gtk_widget_set_has_tooltip (widget, text != NULL);
}

const char *
spots_tooltip_get_text (GtkWidget *widget)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);

  return g_object_get_data (G_OBJECT (widget), TOOLTIP_KEY);
}
