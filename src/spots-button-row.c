/* spots-button-row.c: buttons side by side, stacked when the window is narrow
 *
 * A GtkBox of buttons asks for the sum of their widths, so a row of three
 * or four labelled buttons would stop the window from narrowing enough to
 * fold its sidebar on a phone-sized screen. This row asks only for its
 * widest button: when the width it gets holds every button side by side it
 * lays them out as a row, otherwise it stacks them, one per line, each the
 * full width. GTK 4.8 has no breakpoints, so the decision is made here, in
 * height-for-width measuring, where GTK expects it.
 *
 * "homogeneous" gives every button the same width in a row (Yes / No /
 * Not sure); otherwise buttons keep their natural width, from the start.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "spots-button-row.h"

struct _SpotsButtonRow
{
  GtkWidget parent_instance;

  int spacing;
  gboolean homogeneous;
};

G_DEFINE_FINAL_TYPE (SpotsButtonRow, spots_button_row, GTK_TYPE_WIDGET)

enum
{
  PROP_0,
  PROP_SPACING,
  PROP_HOMOGENEOUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef struct
{
  int count;
  int widest_minimum;
  int widest_natural;
  int sum_minimum;
  int sum_natural;
} RowWidths;

static RowWidths
measure_widths (SpotsButtonRow *self)
{
  RowWidths widths = { 0 };

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int minimum, natural;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1,
                          &minimum, &natural, NULL, NULL);
      widths.count++;
      widths.widest_minimum = MAX (widths.widest_minimum, minimum);
      widths.widest_natural = MAX (widths.widest_natural, natural);
      widths.sum_minimum += minimum;
      widths.sum_natural += natural;
    }
  return widths;
}

static int
total_spacing (SpotsButtonRow *self,
               const RowWidths *widths)
{
  return widths->count > 1 ? self->spacing * (widths->count - 1) : 0;
}

/* The width a row needs: natural widths where they fit is nicer, but a row
 * of minimum widths is still a row. */
static int
row_minimum (SpotsButtonRow *self,
             const RowWidths *widths)
{
  int buttons = self->homogeneous ? widths->widest_minimum * widths->count
                                  : widths->sum_minimum;

  return buttons + total_spacing (self, widths);
}

static int
row_natural (SpotsButtonRow *self,
             const RowWidths *widths)
{
  int buttons = self->homogeneous ? widths->widest_natural * widths->count
                                  : widths->sum_natural;

  return buttons + total_spacing (self, widths);
}

static gboolean
fits_in_a_row (SpotsButtonRow *self,
               const RowWidths *widths,
               int width)
{
  return width < 0 || width >= row_minimum (self, widths);
}

static GtkSizeRequestMode
spots_button_row_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
measure_height (SpotsButtonRow *self,
                gboolean stacked,
                int width,
                int *minimum,
                int *natural)
{
  int count = 0;

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_minimum, child_natural;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, stacked ? width : -1,
                          &child_minimum, &child_natural, NULL, NULL);
      if (stacked)
        {
          *minimum += child_minimum;
          *natural += child_natural;
        }
      else
        {
          *minimum = MAX (*minimum, child_minimum);
          *natural = MAX (*natural, child_natural);
        }
      count++;
    }
  if (stacked && count > 1)
    {
      *minimum += self->spacing * (count - 1);
      *natural += self->spacing * (count - 1);
    }
}

static void
spots_button_row_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  SpotsButtonRow *self = SPOTS_BUTTON_ROW (widget);
  RowWidths widths = measure_widths (self);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = widths.widest_minimum;
      *natural = row_natural (self, &widths);
    }
  else
    {
      measure_height (self, !fits_in_a_row (self, &widths, for_size), for_size,
                      minimum, natural);
    }
}

static void
allocate_stacked (SpotsButtonRow *self,
                  int width)
{
  int y = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int height;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width,
                          &height, NULL, NULL, NULL);
      gtk_widget_allocate (child, width, height, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, y)));
      y += height + self->spacing;
    }
}

static void
allocate_in_a_row (SpotsButtonRow  *self,
                   const RowWidths *widths,
                   int              width,
                   int              height)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  int available = width - total_spacing (self, widths);
  /* Buttons get their natural width when all of them fit, their minimum
   * otherwise; in a homogeneous row they share the width equally. */
  gboolean natural_fits = width >= row_natural (self, widths);
  int x = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int minimum, natural, child_width;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1,
                          &minimum, &natural, NULL, NULL);
      if (self->homogeneous)
        child_width = available / widths->count;
      else
        child_width = natural_fits ? natural : minimum;

      gtk_widget_allocate (child, child_width, height, -1,
                           gsk_transform_translate (NULL,
                                                    &GRAPHENE_POINT_INIT (rtl ? width - x - child_width : x, 0)));
      x += child_width + self->spacing;
    }
}

static void
spots_button_row_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  SpotsButtonRow *self = SPOTS_BUTTON_ROW (widget);
  RowWidths widths = measure_widths (self);

  if (!fits_in_a_row (self, &widths, width))
    allocate_stacked (self, width);
  else
    allocate_in_a_row (self, &widths, width, height);
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
spots_button_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SpotsButtonRow *self = SPOTS_BUTTON_ROW (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    case PROP_HOMOGENEOUS:
      g_value_set_boolean (value, self->homogeneous);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spots_button_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SpotsButtonRow *self = SPOTS_BUTTON_ROW (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      self->spacing = g_value_get_int (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    case PROP_HOMOGENEOUS:
      self->homogeneous = g_value_get_boolean (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spots_button_row_class_init (SpotsButtonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spots_button_row_dispose;
  object_class->get_property = spots_button_row_get_property;
  object_class->set_property = spots_button_row_set_property;

  widget_class->get_request_mode = spots_button_row_get_request_mode;
  widget_class->measure = spots_button_row_measure;
  widget_class->size_allocate = spots_button_row_size_allocate;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, 12,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HOMOGENEOUS] =
    g_param_spec_boolean ("homogeneous", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "buttonrow");
}

static void
spots_button_row_init (SpotsButtonRow *self)
{
  self->spacing = 12;
}
