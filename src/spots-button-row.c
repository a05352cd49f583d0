/* spots-button-row.c: buttons side by side, stacked when the window is narrow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A container and nothing more: the layout is SpotsButtonRowLayout's, and
 * its spacing, homogeneous and stack-below properties are set on that
 * (in a .ui file, a <property name="layout-manager"> holding one). The
 * row is a group for assistive technologies, so a row of answers can
 * carry the question as its name.
 */
#define G_LOG_DOMAIN "spots-button-row"

#include "config.h"

#include "spots-button-row.h"

struct _SpotsButtonRow
{
  GtkWidget parent_instance;
};

/* With the row's type, its layout's: a .ui file names SpotsButtonRowLayout
 * inside a SpotsButtonRow, and GtkBuilder looks the name up before the
 * row's class exists. */
G_DEFINE_FINAL_TYPE_WITH_CODE (SpotsButtonRow, spots_button_row, GTK_TYPE_WIDGET,
                               g_type_ensure (SPOTS_TYPE_BUTTON_ROW_LAYOUT))

/**
 * spots_button_row_new:
 * @spacing: between the children, in a row or stacked
 *
 * Returns: (transfer floating): an empty row.
 */
GtkWidget *
spots_button_row_new (int spacing)
{
  GtkWidget *row = g_object_new (SPOTS_TYPE_BUTTON_ROW, NULL);

  spots_button_row_layout_set_spacing (spots_button_row_get_layout (SPOTS_BUTTON_ROW (row)), spacing);
  return row;
}

/**
 * spots_button_row_get_layout:
 *
 * Returns: (transfer none): the layout, whose properties say how the row
 *   lays out.
 */
SpotsButtonRowLayout *
spots_button_row_get_layout (SpotsButtonRow *self)
{
  g_return_val_if_fail (SPOTS_IS_BUTTON_ROW (self), NULL);

  return SPOTS_BUTTON_ROW_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self)));
}

static void
spots_button_row_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (spots_button_row_parent_class)->dispose (object);
}

static void
spots_button_row_class_init (SpotsButtonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spots_button_row_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, SPOTS_TYPE_BUTTON_ROW_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "buttonrow");
}

static void
spots_button_row_init (SpotsButtonRow *self)
{
}
