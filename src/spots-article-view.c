/* spots-article-view.c: one article, with find in page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The find bar above a SpotsArticleText, which holds the article itself
 * (see spots-article-text.c for why it is a text view). Links are not
 * followed here: they activate win.open-link, and the window, which keeps
 * the history, follows them.
 */
#define G_LOG_DOMAIN "spots-article-view"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-article-text.h"
#include "spots-article-view.h"
#include "spots-article-writer.h"

struct _SpotsArticleView
{
  GtkWidget parent_instance;

  GtkSearchBar *find_bar;
  GtkSearchEntry *find_entry;
  GtkLabel *find_status;
  GtkScrolledWindow *scroller;
  SpotsArticleText *text;

  SpotsArticle *article;
  guint n_matches;
  guint current_match;
  char *query;          /* what was last looked for */
};

G_DEFINE_FINAL_TYPE (SpotsArticleView, spots_article_view, GTK_TYPE_WIDGET)

/**
 * spots_article_view_set_article:
 * @article: (nullable): the article to show
 */
void
spots_article_view_set_article (SpotsArticleView *self,
                                SpotsLibrary     *library,
                                SpotsArticle     *article)
{
  g_return_if_fail (SPOTS_IS_ARTICLE_VIEW (self));
  g_return_if_fail (article == NULL || SPOTS_IS_ARTICLE (article));

  g_set_object (&self->article, article);
  self->n_matches = 0;
  self->current_match = 0;

  if (article == NULL)
    spots_article_text_clear (self->text);
  else
    spots_article_writer_write (self->text, library, article);

  if (gtk_search_bar_get_search_mode (self->find_bar))
    spots_article_view_find (self, gtk_editable_get_text (GTK_EDITABLE (self->find_entry)));

  spots_article_text_scroll_to_top (self->text);
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
  g_return_val_if_fail (SPOTS_IS_ARTICLE_VIEW (self), FALSE);

  return spots_article_text_scroll_to (self->text, section);
}

/* Find in page ----------------------------------------------------------- */

static void
show_status (SpotsArticleView *self)
{
  if (self->n_matches == 0)
    {
      gtk_label_set_text (self->find_status,
                          self->query != NULL && self->query[0] != '\0' ? _("No matches") : "");
    }
  else
    {
      /* Translators: "3 of 12" matches found in the article */
      g_autofree char *status = g_strdup_printf (_("%u of %u"), self->current_match + 1,
                                                 self->n_matches);

      gtk_label_set_text (self->find_status, status);
    }
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

  g_free (self->query);
  self->query = g_strdup (query);
  self->current_match = 0;
  self->n_matches = spots_article_text_find (self->text, query);
  show_status (self);

  return self->n_matches;
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

  if (self->n_matches == 0)
    return;

  self->current_match = (self->current_match + self->n_matches + (direction < 0 ? -1 : 1)) %
                        self->n_matches;
  spots_article_text_show_match (self->text, self->current_match);
  show_status (self);
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

  g_type_ensure (SPOTS_TYPE_ARTICLE_TEXT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/spots-article-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SpotsArticleView, find_bar);
  gtk_widget_class_bind_template_child (widget_class, SpotsArticleView, find_entry);
  gtk_widget_class_bind_template_child (widget_class, SpotsArticleView, find_status);
  gtk_widget_class_bind_template_child (widget_class, SpotsArticleView, scroller);
  gtk_widget_class_bind_template_child (widget_class, SpotsArticleView, text);
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
