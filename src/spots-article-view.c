/* spots-article-view.c: one article, as native widgets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rebuilt from the model each time an article is shown: title and summary,
 * every block, then the compare facts, related articles and references.
 * Links are not followed here; ::open-link hands them to the window, which
 * keeps the history.
 */
#define G_LOG_DOMAIN "skin-spots"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-article-view.h"
#include "spots-block-widgets.h"
#include "spots-markup.h"
#include "spots-text-normalize.h"

/* Articles with at least this many sections get a table of contents. */
#define TOC_MIN_SECTIONS 4

typedef struct
{
  GtkLabel *label;
  SpotsTextRange range;
} FindMatch;

struct _SpotsArticleView
{
  GtkWidget parent_instance;

  GtkSearchBar *find_bar;
  GtkSearchEntry *find_entry;
  GtkLabel *find_status;
  GtkScrolledWindow *scroller;
  GtkBox *page;
  GtkBox *header_box;
  GtkBox *blocks_box;
  GtkBox *extras_box;

  SpotsArticle *article;
  GHashTable *anchors;  /* section id -> heading widget (unowned) */
  GPtrArray *labels;    /* every GtkLabel with article text, in reading order */
  GArray *matches;      /* FindMatch, in reading order */
  guint current_match;
  char *query;          /* what was last looked for */
};

G_DEFINE_FINAL_TYPE (SpotsArticleView, spots_article_view, GTK_TYPE_WIDGET)

enum {
  OPEN_LINK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
emit_open_link (const char *uri,
                gpointer    user_data)
{
  g_signal_emit (user_data, signals[OPEN_LINK], 0, uri);
}

static void
remove_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static GtkWidget *
new_value_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "body-text");

  return label;
}

static void
add_compare (SpotsArticleView  *self,
             SpotsCompareFacts *facts)
{
  GtkWidget *grid = gtk_grid_new ();
  int row = 0;

  gtk_box_append (self->extras_box, spots_heading_label_new (_("At a glance"), 2));

  gtk_grid_set_column_spacing (GTK_GRID (grid), 18);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_add_css_class (grid, "compare-facts");

  for (SpotsFact fact = 0; fact < SPOTS_N_FACTS; fact++)
    {
      g_autofree char *text = spots_compare_facts_describe (facts, fact);
      GtkWidget *name;

      if (text == NULL)
        continue;

      name = gtk_label_new (spots_fact_get_label (fact));
      gtk_label_set_xalign (GTK_LABEL (name), 0);
      gtk_label_set_yalign (GTK_LABEL (name), 0);
      gtk_widget_add_css_class (name, "fact-name");
      gtk_widget_add_css_class (name, "body-text");

      gtk_grid_attach (GTK_GRID (grid), name, 0, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), new_value_label (text), 1, row, 1, 1);
      row++;
    }

  gtk_box_append (self->extras_box, grid);
}

static void
on_link_button_clicked (GtkButton        *button,
                        SpotsArticleView *self)
{
  emit_open_link (g_object_get_data (G_OBJECT (button), "uri"), self);
}

/* Related articles and the table of contents are buttons, not links in a
 * label: every screen reader lists them, Tab reaches each one, and each has
 * a name of its own. */
static GtkWidget *
new_link_button (SpotsArticleView *self,
                 const char       *text,
                 const char       *uri)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "link-button");
  gtk_widget_add_css_class (label, "body-text");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  g_object_set_data_full (G_OBJECT (button), "uri", g_strdup (uri), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_link_button_clicked), self);

  return button;
}

static void
add_related (SpotsArticleView *self,
             SpotsLibrary     *library)
{
  const char * const *related = spots_article_get_related (self->article);
  GtkWidget *box = NULL;

  for (guint i = 0; related[i] != NULL; i++)
    {
      SpotsArticle *other = spots_library_lookup (library, related[i]);
      g_autofree char *uri = NULL;

      if (other == NULL)
        continue;

      if (box == NULL)
        {
          gtk_box_append (self->extras_box, spots_heading_label_new (_("Related articles"), 2));
          box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
          gtk_widget_add_css_class (box, "related-articles");
          gtk_box_append (self->extras_box, box);
        }

      uri = spots_link_uri_new (related[i], NULL);
      gtk_box_append (GTK_BOX (box), new_link_button (self, spots_article_get_title (other), uri));
    }
}

static void
add_references (SpotsArticleView *self)
{
  GListModel *references = spots_article_get_references (self->article);
  guint n = g_list_model_get_n_items (references);

  if (n == 0)
    return;

  gtk_box_append (self->extras_box, spots_heading_label_new (_("References"), 2));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SpotsReference) reference = g_list_model_get_item (references, i);
      g_autofree char *citation = spots_reference_format (reference);
      g_autofree char *link = spots_reference_dup_link (reference);
      g_autofree char *escaped = g_markup_escape_text (citation, -1);
      g_autoptr(GString) markup = g_string_new (NULL);
      GtkWidget *label;

      g_string_append_printf (markup, "%u. %s", i + 1, escaped);
      if (link != NULL)
        {
          g_autofree char *escaped_link = g_markup_escape_text (link, -1);

          g_string_append_printf (markup, " <a href=\"%s\">%s</a>", escaped_link, escaped_link);
        }

      label = spots_text_label_new (markup->str, emit_open_link, self);
      gtk_widget_add_css_class (label, "reference");
      gtk_box_append (self->extras_box, label);
    }
}

static gboolean
is_section_heading (SpotsBlock *block)
{
  return spots_block_get_kind (block) == SPOTS_BLOCK_HEADING &&
         spots_block_get_level (block) == 2 && spots_block_get_anchor (block) != NULL;
}

static void
add_table_of_contents (SpotsArticleView *self)
{
  GListModel *blocks = spots_article_get_blocks (self->article);
  guint n_sections = 0;
  GtkWidget *box;
  GtkWidget *heading;

  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(SpotsBlock) block = g_list_model_get_item (blocks, i);

      if (is_section_heading (block))
        n_sections++;
    }

  if (n_sections < TOC_MIN_SECTIONS)
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (box, "table-of-contents");
  heading = spots_heading_label_new (_("On this page"), 2);
  gtk_widget_add_css_class (heading, "toc-heading");
  gtk_box_append (GTK_BOX (box), heading);

  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(SpotsBlock) block = g_list_model_get_item (blocks, i);
      g_autofree char *text = NULL;
      g_autofree char *uri = NULL;

      if (!is_section_heading (block))
        continue;

      text = spots_inline_text_to_string (spots_block_get_text (block));
      uri = spots_link_uri_new (spots_article_get_id (self->article),
                                spots_block_get_anchor (block));
      gtk_box_append (GTK_BOX (box), new_link_button (self, text, uri));
    }

  gtk_box_append (self->header_box, box);
}

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        g_ptr_array_add (labels, child);
      else
        collect_labels (child, labels);
    }
}

/**
 * spots_article_view_set_article:
 * @article: (nullable): the article to show
 */
void
spots_article_view_set_article (SpotsArticleView *self,
                                SpotsLibrary     *library,
                                SpotsArticle     *article)
{
  GListModel *blocks;
  GtkWidget *summary;
  g_autofree char *summary_markup = NULL;

  g_return_if_fail (SPOTS_IS_ARTICLE_VIEW (self));
  g_return_if_fail (article == NULL || SPOTS_IS_ARTICLE (article));

  g_set_object (&self->article, article);
  g_hash_table_remove_all (self->anchors);
  g_ptr_array_set_size (self->labels, 0);
  g_array_set_size (self->matches, 0);
  remove_children (self->header_box);
  remove_children (self->blocks_box);
  remove_children (self->extras_box);

  if (article == NULL)
    return;

  gtk_box_append (self->header_box, spots_heading_label_new (spots_article_get_title (article), 1));
  summary_markup = g_markup_escape_text (spots_article_get_summary (article), -1);
  summary = spots_text_label_new (summary_markup, NULL, NULL);
  gtk_widget_add_css_class (summary, "summary");
  gtk_box_append (self->header_box, summary);
  add_table_of_contents (self);

  blocks = spots_article_get_blocks (article);
  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(SpotsBlock) block = g_list_model_get_item (blocks, i);
      GtkWidget *widget = spots_block_widget_new (block, emit_open_link, self);

      if (spots_block_get_kind (block) == SPOTS_BLOCK_HEADING &&
          spots_block_get_anchor (block) != NULL)
        g_hash_table_insert (self->anchors, g_strdup (spots_block_get_anchor (block)), widget);

      gtk_box_append (self->blocks_box, widget);
    }

  if (spots_article_get_compare (article) != NULL)
    add_compare (self, spots_article_get_compare (article));
  add_related (self, library);
  add_references (self);

  collect_labels (GTK_WIDGET (self->page), self->labels);
  if (gtk_search_bar_get_search_mode (self->find_bar))
    spots_article_view_find (self, gtk_editable_get_text (GTK_EDITABLE (self->find_entry)));

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
}

/**
 * spots_article_view_get_article:
 *
 * Returns: (nullable) (transfer none): the article shown.
 */
SpotsArticle *
spots_article_view_get_article (SpotsArticleView *self)
{
  g_return_val_if_fail (SPOTS_IS_ARTICLE_VIEW (self), NULL);

  return self->article;
}

/**
 * spots_article_view_scroll_to:
 *
 * Scrolls so that the heading of @section is at the top, and moves the
 * keyboard focus there, so that a screen reader continues from it.
 *
 * Returns: %FALSE if the article has no such section.
 */
gboolean
spots_article_view_scroll_to (SpotsArticleView *self,
                              const char       *section)
{
  GtkWidget *heading;
  graphene_point_t point;

  g_return_val_if_fail (SPOTS_IS_ARTICLE_VIEW (self), FALSE);

  heading = g_hash_table_lookup (self->anchors, section);
  if (heading == NULL)
    return FALSE;

  if (gtk_widget_compute_point (heading, GTK_WIDGET (self->page),
                                &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller),
                              MAX (point.y - 12, 0));
  gtk_widget_grab_focus (heading);

  return TRUE;
}

/* Find in page ----------------------------------------------------------- */

static PangoAttrList *
highlight_attributes (GArray *matches,
                      guint   first,
                      guint   n,
                      int     current)
{
  PangoAttrList *attributes = pango_attr_list_new ();

  for (guint i = first; i < first + n; i++)
    {
      FindMatch *match = &g_array_index (matches, FindMatch, i);
      gboolean is_current = (int) i == current;
      PangoAttribute *background = is_current ? pango_attr_background_new (0xff00, 0x9900, 0x0000)
                                              : pango_attr_background_new (0xff00, 0xee00, 0x5500);
      PangoAttribute *foreground = pango_attr_foreground_new (0, 0, 0);
      PangoAttribute *weight = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

      /* Dark text on the highlight, so it reads in the dark style too; the
       * current match is also bold, not told by colour alone. */
      background->start_index = foreground->start_index = match->range.start;
      background->end_index = foreground->end_index = match->range.end;
      pango_attr_list_insert (attributes, background);
      pango_attr_list_insert (attributes, foreground);
      if (is_current)
        {
          weight->start_index = match->range.start;
          weight->end_index = match->range.end;
          pango_attr_list_insert (attributes, weight);
        }
      else
        {
          pango_attribute_destroy (weight);
        }
    }

  return attributes;
}

static void
show_matches (SpotsArticleView *self)
{
  guint i = 0;

  for (guint l = 0; l < self->labels->len; l++)
    gtk_label_set_attributes (g_ptr_array_index (self->labels, l), NULL);

  while (i < self->matches->len)
    {
      GtkLabel *label = g_array_index (self->matches, FindMatch, i).label;
      guint n = 0;
      g_autoptr(PangoAttrList) attributes = NULL;

      while (i + n < self->matches->len && g_array_index (self->matches, FindMatch, i + n).label == label)
        n++;

      attributes = highlight_attributes (self->matches, i, n, (int) self->current_match);
      gtk_label_set_attributes (label, attributes);
      i += n;
    }

  if (self->matches->len == 0)
    {
      gtk_label_set_text (self->find_status,
                          self->query != NULL && self->query[0] != '\0' ? _("No matches") : "");
    }
  else
    {
      /* Translators: "3 of 12" matches found in the article */
      g_autofree char *status = g_strdup_printf (_("%u of %u"), self->current_match + 1,
                                                 self->matches->len);

      gtk_label_set_text (self->find_status, status);
    }
}

static void
scroll_to_current_match (SpotsArticleView *self)
{
  GtkLabel *label;
  graphene_point_t point;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double top, page_size;

  if (self->matches->len == 0)
    return;

  label = g_array_index (self->matches, FindMatch, self->current_match).label;
  if (!gtk_widget_compute_point (GTK_WIDGET (label), GTK_WIDGET (self->page),
                                 &GRAPHENE_POINT_INIT (0, 0), &point))
    return;

  top = gtk_adjustment_get_value (adjustment);
  page_size = gtk_adjustment_get_page_size (adjustment);
  if (point.y < top || point.y + gtk_widget_get_height (GTK_WIDGET (label)) > top + page_size)
    gtk_adjustment_set_value (adjustment, MAX (point.y - page_size / 3, 0));
}

/**
 * spots_article_view_find:
 *
 * Highlights every match of @query, as a phrase, in the article
 * (ignoring case and accents), makes the first the current one and
 * scrolls to it.
 *
 * Returns: the number of matches.
 */
guint
spots_article_view_find (SpotsArticleView *self,
                         const char       *query)
{
  g_return_val_if_fail (SPOTS_IS_ARTICLE_VIEW (self), 0);

  g_array_set_size (self->matches, 0);
  self->current_match = 0;
  g_free (self->query);
  self->query = g_strdup (query);

  for (guint l = 0; query != NULL && query[0] != '\0' && l < self->labels->len; l++)
    {
      GtkLabel *label = g_ptr_array_index (self->labels, l);
      g_autoptr(GArray) ranges = spots_text_find_phrase (gtk_label_get_text (label), query);

      for (guint r = 0; ranges != NULL && r < ranges->len; r++)
        {
          FindMatch match = { label, g_array_index (ranges, SpotsTextRange, r) };

          g_array_append_val (self->matches, match);
        }
    }

  show_matches (self);
  scroll_to_current_match (self);

  return self->matches->len;
}

/**
 * spots_article_view_find_next:
 * @direction: 1 for the next match, -1 for the previous one
 */
void
spots_article_view_find_next (SpotsArticleView *self,
                              int               direction)
{
  g_return_if_fail (SPOTS_IS_ARTICLE_VIEW (self));

  if (self->matches->len == 0)
    return;

  self->current_match = (self->current_match + self->matches->len + (direction < 0 ? -1 : 1)) %
                        self->matches->len;
  show_matches (self);
  scroll_to_current_match (self);
}

guint
spots_article_view_get_current_match (SpotsArticleView *self)
{
  g_return_val_if_fail (SPOTS_IS_ARTICLE_VIEW (self), 0);

  return self->current_match;
}

void
spots_article_view_start_find (SpotsArticleView *self)
{
  g_return_if_fail (SPOTS_IS_ARTICLE_VIEW (self));

  gtk_search_bar_set_search_mode (self->find_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->find_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->find_entry), 0, -1);
}

static void
on_find_changed (SpotsArticleView *self)
{
  spots_article_view_find (self, gtk_editable_get_text (GTK_EDITABLE (self->find_entry)));
}

static void
on_find_next (SpotsArticleView *self)
{
  spots_article_view_find_next (self, 1);
}

static void
on_find_previous (SpotsArticleView *self)
{
  spots_article_view_find_next (self, -1);
}

static void
on_find_stop (SpotsArticleView *self)
{
  gtk_search_bar_set_search_mode (self->find_bar, FALSE);
}

static void
on_find_mode_changed (SpotsArticleView *self)
{
  if (!gtk_search_bar_get_search_mode (self->find_bar))
    {
      spots_article_view_find (self, NULL);
      gtk_label_set_text (self->find_status, "");
    }
}

static gboolean
on_find_key_pressed (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     SpotsArticleView      *self)
{
  /* Shift+Enter goes back, as in other GNOME apps. */
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter) && (state & GDK_SHIFT_MASK))
    {
      spots_article_view_find_next (self, -1);
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

static void
spots_article_view_dispose (GObject *object)
{
  SpotsArticleView *self = SPOTS_ARTICLE_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SPOTS_TYPE_ARTICLE_VIEW);
  g_clear_object (&self->article);
  g_clear_pointer (&self->anchors, g_hash_table_unref);
  g_clear_pointer (&self->labels, g_ptr_array_unref);
  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (spots_article_view_parent_class)->dispose (object);
}

static gboolean find_next_shortcut (GtkWidget *widget,
                                    GVariant  *args,
                                    gpointer   user_data);

static void
spots_article_view_class_init (SpotsArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spots_article_view_dispose;

  /**
   * SpotsArticleView::open-link:
   * @uri: a spots: link to an article, or a web address
   */
  signals[OPEN_LINK] =
    g_signal_new ("open-link", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/spots-article-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SpotsArticleView, find_bar);
  gtk_widget_class_bind_template_child (widget_class, SpotsArticleView, find_entry);
  gtk_widget_class_bind_template_child (widget_class, SpotsArticleView, find_status);
  gtk_widget_class_bind_template_child (widget_class, SpotsArticleView, scroller);
  gtk_widget_class_bind_template_child (widget_class, SpotsArticleView, page);
  gtk_widget_class_bind_template_child (widget_class, SpotsArticleView, header_box);
  gtk_widget_class_bind_template_child (widget_class, SpotsArticleView, blocks_box);
  gtk_widget_class_bind_template_child (widget_class, SpotsArticleView, extras_box);
  gtk_widget_class_bind_template_callback (widget_class, on_find_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_find_next);
  gtk_widget_class_bind_template_callback (widget_class, on_find_previous);
  gtk_widget_class_bind_template_callback (widget_class, on_find_stop);
  gtk_widget_class_bind_template_callback (widget_class, on_find_mode_changed);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "articleview");

  gtk_widget_class_add_binding (widget_class, GDK_KEY_g, GDK_CONTROL_MASK,
                                find_next_shortcut, "i", 1);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                find_next_shortcut, "i", -1);
}

static gboolean
find_next_shortcut (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  SpotsArticleView *self = SPOTS_ARTICLE_VIEW (widget);

  if (!gtk_search_bar_get_search_mode (self->find_bar))
    return FALSE;

  spots_article_view_find_next (self, g_variant_get_int32 (args));
  return TRUE;
}

static void
spots_article_view_init (SpotsArticleView *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->anchors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->labels = g_ptr_array_new ();
  self->matches = g_array_new (FALSE, FALSE, sizeof (FindMatch));
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  gtk_search_bar_connect_entry (self->find_bar, GTK_EDITABLE (self->find_entry));

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_find_key_pressed), self);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  gtk_widget_add_controller (GTK_WIDGET (self->find_entry), keys);
}

GtkWidget *
spots_article_view_new (void)
{
  return g_object_new (SPOTS_TYPE_ARTICLE_VIEW, NULL);
}
