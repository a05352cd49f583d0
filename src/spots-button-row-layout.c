/* spots-button-row-layout.c: children side by side, stacked when narrow
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkBox of buttons asks for the sum of their widths, so a row of three
 * or four labelled buttons would stop the window from narrowing enough to
 * fold its sidebar on a phone-sized screen. This layout asks only for its
 * widest child: when the width it gets holds every child side by side, it
 * lays them out as a row, otherwise it stacks them, one per line, each the
 * full width. GTK 4.8 has no breakpoints, so the decision is made here, in
 * height-for-width measuring, where GTK expects it, and never needs a
 * second pass after allocation.
 *
 * In a row, children get their natural widths where they fit (towards
 * them where they do not, as GtkBox does), and what is left goes to the
 * children that expand horizontally. "homogeneous" shares the width
 * equally instead (Yes / No / Not sure). "stack-below" stacks the children
 * below a width even where they would fit: the home page's two cards side
 * by side on a narrow screen would both be too thin to read.
 */
#define G_LOG_DOMAIN "spots-button-row-layout"

#include "config.h"

#include "spots-button-row-layout.h"

#define DEFAULT_SPACING 12

struct _SpotsButtonRowLayout
{
  GtkLayoutManager parent_instance;

  int spacing;
  gboolean homogeneous;
  int stack_below;
};

G_DEFINE_FINAL_TYPE (SpotsButtonRowLayout, spots_button_row_layout, GTK_TYPE_LAYOUT_MANAGER)

enum
{
  PROP_0,
  PROP_SPACING,
  PROP_HOMOGENEOUS,
  PROP_STACK_BELOW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The children that take part in the layout, with their widths. */
typedef struct
{
  GArray *sizes;               /* GtkRequestedSize, the child as its data */
  int widest_minimum;
  int widest_natural;
} Children;

static void
children_clear (Children *children)
{
  g_clear_pointer (&children->sizes, g_array_unref);
}

static GtkRequestedSize *
size_at (const Children *children,
         guint           i)
{
  return &g_array_index (children->sizes, GtkRequestedSize, i);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Children, children_clear)

static void
measure_children (GtkWidget *widget,
                  Children  *children)
{
  children->sizes = g_array_new (FALSE, TRUE, sizeof (GtkRequestedSize));
  children->widest_minimum = children->widest_natural = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkRequestedSize size = { .data = child };

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1,
                          &size.minimum_size, &size.natural_size, NULL, NULL);
      g_array_append_val (children->sizes, size);
      children->widest_minimum = MAX (children->widest_minimum, size.minimum_size);
      children->widest_natural = MAX (children->widest_natural, size.natural_size);
    }
}

static int
total_spacing (SpotsButtonRowLayout *self,
               const Children       *children)
{
  return children->sizes->len > 1 ? self->spacing * ((int) children->sizes->len - 1) : 0;
}

static int
row_width (SpotsButtonRowLayout *self,
           const Children       *children,
           gboolean              natural)
{
  int buttons = 0;

  if (self->homogeneous)
    {
      buttons = (int) children->sizes->len *
                (natural ? children->widest_natural : children->widest_minimum);
    }
  else
    {
      for (guint i = 0; i < children->sizes->len; i++)
        buttons += natural ? size_at (children, i)->natural_size : size_at (children, i)->minimum_size;
    }

  return buttons + total_spacing (self, children);
}

static gboolean
fits_in_a_row (SpotsButtonRowLayout *self,
               const Children       *children,
               int                   width)
{
  if (width < 0)
    return TRUE;
  return width >= self->stack_below && width >= row_width (self, children, FALSE);
}

/* Each child's width in a row WIDTH wide, written over its minimum_size:
 * after this, the sizes are the widths the children are given. */
static void
share_the_row (SpotsButtonRowLayout *self,
               Children             *children,
               int                   width)
{
  GtkRequestedSize *sizes = (GtkRequestedSize *) (void *) children->sizes->data;
  guint count = children->sizes->len;
  int extra = width - row_width (self, children, FALSE);
  guint expanding = 0;

  if (count == 0)
    return;

  if (self->homogeneous)
    {
      int available = width - total_spacing (self, children);

      for (guint i = 0; i < count; i++)
        sizes[i].minimum_size = available / (int) count;
      return;
    }

  extra = gtk_distribute_natural_allocation (MAX (extra, 0), count, sizes);

  for (guint i = 0; i < count; i++)
    if (gtk_widget_compute_expand (sizes[i].data, GTK_ORIENTATION_HORIZONTAL))
      expanding++;
  for (guint i = 0; i < count && expanding > 0; i++)
    if (gtk_widget_compute_expand (sizes[i].data, GTK_ORIENTATION_HORIZONTAL))
      {
        int share = extra / (int) expanding;

        sizes[i].minimum_size += share;
        extra -= share;
        expanding--;
      }
}

static GtkSizeRequestMode
spots_button_row_layout_get_request_mode (GtkLayoutManager *manager,
                                          GtkWidget        *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
measure_height (SpotsButtonRowLayout *self,
                Children             *children,
                int                   width,
                int                  *minimum,
                int                  *natural)
{
  gboolean stacked = !fits_in_a_row (self, children, width);

  *minimum = *natural = 0;
  if (!stacked && width >= 0)
    share_the_row (self, children, width);

  for (guint i = 0; i < children->sizes->len; i++)
    {
      /* Stacked, the full width; in a row, the child's share of it; for
       * no width (-1), none. */
      int for_width = !stacked && width >= 0 ? size_at (children, i)->minimum_size : width;
      int child_minimum, child_natural;

      gtk_widget_measure (size_at (children, i)->data, GTK_ORIENTATION_VERTICAL, for_width,
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
    }

  if (stacked)
    {
      *minimum += total_spacing (self, children);
      *natural += total_spacing (self, children);
    }
}

static void
spots_button_row_layout_measure (GtkLayoutManager *manager,
                                 GtkWidget        *widget,
                                 GtkOrientation    orientation,
                                 int               for_size,
                                 int              *minimum,
                                 int              *natural,
                                 int              *minimum_baseline,
                                 int              *natural_baseline)
{
  SpotsButtonRowLayout *self = SPOTS_BUTTON_ROW_LAYOUT (manager);
  g_auto(Children) children = { 0 };

  measure_children (widget, &children);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Stacked, the row is as narrow as its widest child. */
      *minimum = children.widest_minimum;
      *natural = MAX (row_width (self, &children, TRUE), self->stack_below);
    }
  else
    {
      measure_height (self, &children, for_size, minimum, natural);
    }
}

static void
allocate_stacked (SpotsButtonRowLayout *self,
                  const Children       *children,
                  int                   width)
{
  int y = 0;

  for (guint i = 0; i < children->sizes->len; i++)
    {
      GtkWidget *child = size_at (children, i)->data;
      int height;

      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, width, &height, NULL, NULL, NULL);
      gtk_widget_allocate (child, width, height, -1,
                           gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, y)));
      y += height + self->spacing;
    }
}

static void
allocate_in_a_row (SpotsButtonRowLayout *self,
                   GtkWidget            *widget,
                   Children             *children,
                   int                   width,
                   int                   height)
{
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int x = 0;

  share_the_row (self, children, width);
  for (guint i = 0; i < children->sizes->len; i++)
    {
      GtkWidget *child = size_at (children, i)->data;
      int child_width = size_at (children, i)->minimum_size;
      graphene_point_t origin = GRAPHENE_POINT_INIT (rtl ? width - x - child_width : x, 0);

      gtk_widget_allocate (child, child_width, height, -1, gsk_transform_translate (NULL, &origin));
      x += child_width + self->spacing;
    }
}

static void
spots_button_row_layout_allocate (GtkLayoutManager *manager,
                                  GtkWidget        *widget,
                                  int               width,
                                  int               height,
                                  int               baseline)
{
  SpotsButtonRowLayout *self = SPOTS_BUTTON_ROW_LAYOUT (manager);
  g_auto(Children) children = { 0 };

  measure_children (widget, &children);
  if (fits_in_a_row (self, &children, width))
    allocate_in_a_row (self, widget, &children, width, height);
  else
    allocate_stacked (self, &children, width);
}

GtkLayoutManager *
spots_button_row_layout_new (void)
{
  return g_object_new (SPOTS_TYPE_BUTTON_ROW_LAYOUT, NULL);
}

int
spots_button_row_layout_get_spacing (SpotsButtonRowLayout *self)
{
  g_return_val_if_fail (SPOTS_IS_BUTTON_ROW_LAYOUT (self), 0);

  return self->spacing;
}

/* Each setter notifies only when the value changes (the properties are
 * G_PARAM_EXPLICIT_NOTIFY), so a binding or a .ui file setting the same
 * value again costs no relayout. */
void
spots_button_row_layout_set_spacing (SpotsButtonRowLayout *self,
                                     int                   spacing)
{
  g_return_if_fail (SPOTS_IS_BUTTON_ROW_LAYOUT (self));
  g_return_if_fail (spacing >= 0);

  if (self->spacing == spacing)
    return;
  self->spacing = spacing;
  gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPACING]);
}

gboolean
spots_button_row_layout_get_homogeneous (SpotsButtonRowLayout *self)
{
  g_return_val_if_fail (SPOTS_IS_BUTTON_ROW_LAYOUT (self), FALSE);

  return self->homogeneous;
}

void
spots_button_row_layout_set_homogeneous (SpotsButtonRowLayout *self,
                                         gboolean              homogeneous)
{
  g_return_if_fail (SPOTS_IS_BUTTON_ROW_LAYOUT (self));

  homogeneous = !!homogeneous;
  if (self->homogeneous == homogeneous)
    return;
  self->homogeneous = homogeneous;
  gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOMOGENEOUS]);
}

int
spots_button_row_layout_get_stack_below (SpotsButtonRowLayout *self)
{
  g_return_val_if_fail (SPOTS_IS_BUTTON_ROW_LAYOUT (self), 0);

  return self->stack_below;
}

void
spots_button_row_layout_set_stack_below (SpotsButtonRowLayout *self,
                                         int                   width)
{
  g_return_if_fail (SPOTS_IS_BUTTON_ROW_LAYOUT (self));
  g_return_if_fail (width >= 0);

  if (self->stack_below == width)
    return;
  self->stack_below = width;
  gtk_layout_manager_layout_changed (GTK_LAYOUT_MANAGER (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STACK_BELOW]);
}

static void
spots_button_row_layout_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  SpotsButtonRowLayout *self = SPOTS_BUTTON_ROW_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      g_value_set_int (value, self->spacing);
      break;
    case PROP_HOMOGENEOUS:
      g_value_set_boolean (value, self->homogeneous);
      break;
    case PROP_STACK_BELOW:
      g_value_set_int (value, self->stack_below);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spots_button_row_layout_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  SpotsButtonRowLayout *self = SPOTS_BUTTON_ROW_LAYOUT (object);

  switch (prop_id)
    {
    case PROP_SPACING:
      spots_button_row_layout_set_spacing (self, g_value_get_int (value));
      break;
    case PROP_HOMOGENEOUS:
      spots_button_row_layout_set_homogeneous (self, g_value_get_boolean (value));
      break;
    case PROP_STACK_BELOW:
      spots_button_row_layout_set_stack_below (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spots_button_row_layout_class_init (SpotsButtonRowLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  object_class->get_property = spots_button_row_layout_get_property;
  object_class->set_property = spots_button_row_layout_set_property;

  layout_class->get_request_mode = spots_button_row_layout_get_request_mode;
  layout_class->measure = spots_button_row_layout_measure;
  layout_class->allocate = spots_button_row_layout_allocate;

  properties[PROP_SPACING] =
    g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT, DEFAULT_SPACING,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_HOMOGENEOUS] =
    g_param_spec_boolean ("homogeneous", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STACK_BELOW] =
    g_param_spec_int ("stack-below", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
spots_button_row_layout_init (SpotsButtonRowLayout *self)
{
  self->spacing = DEFAULT_SPACING;
}
