/* spots-block-widgets.c: widgets that show article blocks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Native widgets, not a web view, so that Orca reads every block: headings
 * are labels with the heading role and a level, lists are lists of list
 * items, callouts are groups named by their kind in words, and every label
 * is selectable so text can be copied. Sizes are in em (see style.css), so
 * that text zoom scales everything.
 */
#define G_LOG_DOMAIN "skin-spots"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-block-widgets.h"
#include "spots-markup.h"

typedef struct
{
  SpotsLinkHandler callback;
  gpointer user_data;
} LinkClosure;

static gboolean
on_activate_link (GtkLabel    *label,
                  const char  *uri,
                  LinkClosure *closure)
{
  closure->callback (uri, closure->user_data);

  /* Handled: GTK must not open the URI by itself. */
  return TRUE;
}

static void
free_link_closure (gpointer  data,
                   GClosure *closure)
{
  g_free (data);
}

/**
 * spots_text_label_new:
 * @markup: Pango markup, escaped (see spots_markup_from_inline())
 *
 * Returns: (transfer floating): a wrapped, selectable label whose links call
 *   @on_link.
 */
GtkWidget *
spots_text_label_new (const char       *markup,
                      SpotsLinkHandler  on_link,
                      gpointer          user_data)
{
  GtkWidget *label = gtk_label_new (NULL);
  LinkClosure *closure;

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 72);
  gtk_widget_set_halign (label, GTK_ALIGN_FILL);
  gtk_widget_add_css_class (label, "body-text");

  if (on_link != NULL)
    {
      closure = g_new0 (LinkClosure, 1);
      closure->callback = on_link;
      closure->user_data = user_data;
      g_signal_connect_data (label, "activate-link", G_CALLBACK (on_activate_link),
                             closure, free_link_closure, 0);
    }

  return label;
}

/**
 * spots_heading_label_new:
 * @level: 1 for the article title, 2 for sections, 3 for subsections
 *
 * Returns: (transfer floating): a label that assistive technologies present
 *   as a heading of @level.
 */
GtkWidget *
spots_heading_label_new (const char *text,
                         guint       level)
{
  g_autofree char *css_class = g_strdup_printf ("heading-%u", MIN (level, 4));
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "label", text,
                                   "wrap", TRUE,
                                   "xalign", 0.0f,
                                   "selectable", TRUE,
                                   "max-width-chars", 60,
                                   NULL);

  gtk_widget_add_css_class (label, css_class);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, (int) level,
                                  -1);

  return label;
}

const char *
spots_callout_icon_name (SpotsCalloutKind kind)
{
  switch (kind)
    {
    case SPOTS_CALLOUT_EMERGENCY:
      return "dialog-error-symbolic";
    case SPOTS_CALLOUT_GET_HELP:
      return "dialog-warning-symbolic";
    case SPOTS_CALLOUT_WARNING:
      return "dialog-warning-symbolic";
    case SPOTS_CALLOUT_NOTE:
    default:
      return "dialog-information-symbolic";
    }
}

static GtkWidget *
new_list (SpotsBlock       *block,
          SpotsLinkHandler  on_link,
          gpointer          user_data)
{
  GtkWidget *list = g_object_new (GTK_TYPE_BOX,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                                  "orientation", GTK_ORIENTATION_VERTICAL,
                                  "spacing", 6,
                                  NULL);
  gboolean numbered = spots_block_get_kind (block) == SPOTS_BLOCK_STEPS;

  gtk_widget_add_css_class (list, numbered ? "steps" : "bullets");

  for (guint i = 0; i < spots_block_get_n_items (block); i++)
    {
      g_autofree char *markup =
        spots_markup_from_inline (spots_block_get_item (block, i), on_link != NULL);
      g_autofree char *marker_text = numbered ? g_strdup_printf ("%u.", i + 1) : g_strdup ("•");
      GtkWidget *row = g_object_new (GTK_TYPE_BOX,
                                     "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                     "orientation", GTK_ORIENTATION_HORIZONTAL,
                                     "spacing", 8,
                                     NULL);
      GtkWidget *marker = gtk_label_new (marker_text);
      GtkWidget *text = spots_text_label_new (markup, on_link, user_data);

      gtk_label_set_xalign (GTK_LABEL (marker), 1);
      gtk_label_set_yalign (GTK_LABEL (marker), 0);
      gtk_widget_set_valign (marker, GTK_ALIGN_START);
      gtk_widget_add_css_class (marker, "list-marker");
      gtk_widget_add_css_class (marker, "body-text");
      gtk_widget_set_hexpand (text, TRUE);

      gtk_box_append (GTK_BOX (row), marker);
      gtk_box_append (GTK_BOX (row), text);
      gtk_box_append (GTK_BOX (list), row);
    }

  return list;
}

static GtkWidget *
new_callout (SpotsBlock       *block,
             SpotsLinkHandler  on_link,
             gpointer          user_data)
{
  SpotsCalloutKind kind = spots_block_get_callout_kind (block);
  GListModel *children = spots_block_get_children (block);
  const char *title = spots_block_get_title (block);
  g_autofree char *heading = NULL;
  g_autofree char *css_class = g_strdup_printf ("callout-%s", spots_callout_kind_to_string (kind));
  GtkWidget *frame = g_object_new (GTK_TYPE_BOX,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                                   "orientation", GTK_ORIENTATION_VERTICAL,
                                   "spacing", 8,
                                   NULL);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name (spots_callout_icon_name (kind));
  GtkWidget *heading_label;

  /* "Emergency: Get emergency help now if": kind in words, then title. */
  heading = title != NULL ? g_strdup_printf ("%s: %s", spots_callout_kind_get_label (kind), title)
                          : g_strdup (spots_callout_kind_get_label (kind));
  heading_label = gtk_label_new (heading);
  gtk_label_set_wrap (GTK_LABEL (heading_label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (heading_label), 0);
  gtk_label_set_selectable (GTK_LABEL (heading_label), TRUE);
  gtk_widget_add_css_class (heading_label, "callout-title");
  gtk_widget_set_hexpand (heading_label, TRUE);

  gtk_accessible_update_property (GTK_ACCESSIBLE (icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spots_callout_kind_get_label (kind),
                                  -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (frame),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  -1);

  gtk_widget_add_css_class (frame, "callout");
  gtk_widget_add_css_class (frame, css_class);
  gtk_box_append (GTK_BOX (header), icon);
  gtk_box_append (GTK_BOX (header), heading_label);
  gtk_box_append (GTK_BOX (frame), header);

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(SpotsBlock) child = g_list_model_get_item (children, i);

      gtk_box_append (GTK_BOX (frame), spots_block_widget_new (child, on_link, user_data));
    }

  return frame;
}

static GtkWidget *
new_figure (SpotsBlock       *block,
            SpotsLinkHandler  on_link,
            gpointer          user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autoptr(GFile) file = g_file_new_for_uri (spots_block_get_image_uri (block));
  GtkWidget *picture = gtk_picture_new_for_file (file);
  SpotsInlineText *caption = spots_block_get_text (block);

  gtk_picture_set_alternative_text (GTK_PICTURE (picture), spots_block_get_alt_text (block));
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_picture_set_content_fit (GTK_PICTURE (picture), GTK_CONTENT_FIT_CONTAIN);
  gtk_widget_set_size_request (picture, -1, 220);
  gtk_widget_add_css_class (picture, "figure");
  gtk_box_append (GTK_BOX (box), picture);

  if (caption != NULL)
    {
      g_autofree char *markup = spots_markup_from_inline (caption, on_link != NULL);
      GtkWidget *label = spots_text_label_new (markup, on_link, user_data);

      gtk_widget_add_css_class (label, "caption");
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
      gtk_label_set_xalign (GTK_LABEL (label), 0.5f);
      gtk_box_append (GTK_BOX (box), label);
    }

  return box;
}

/**
 * spots_block_widget_new:
 * @on_link: (nullable): called when a link is followed; %NULL shows links
 *   as plain words
 *
 * Returns: (transfer floating): a widget showing @block.
 */
GtkWidget *
spots_block_widget_new (SpotsBlock       *block,
                        SpotsLinkHandler  on_link,
                        gpointer          user_data)
{
  g_autofree char *markup = NULL;
  g_autofree char *text = NULL;
  GtkWidget *widget;

  g_return_val_if_fail (SPOTS_IS_BLOCK (block), NULL);

  switch (spots_block_get_kind (block))
    {
    case SPOTS_BLOCK_HEADING:
      text = spots_inline_text_to_string (spots_block_get_text (block));
      widget = spots_heading_label_new (text, spots_block_get_level (block));
      break;

    case SPOTS_BLOCK_PARAGRAPH:
      markup = spots_markup_from_inline (spots_block_get_text (block), on_link != NULL);
      widget = spots_text_label_new (markup, on_link, user_data);
      break;

    case SPOTS_BLOCK_LIST:
    case SPOTS_BLOCK_STEPS:
      widget = new_list (block, on_link, user_data);
      break;

    case SPOTS_BLOCK_CALLOUT:
      widget = new_callout (block, on_link, user_data);
      break;

    case SPOTS_BLOCK_FIGURE:
      widget = new_figure (block, on_link, user_data);
      break;

    default:
      g_assert_not_reached ();
    }

  return widget;
}
