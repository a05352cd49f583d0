/* spots-article-button.c: a button that opens an article
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every button that leads to an article or a section of one (home page,
 * checklist result, compare table, an article's related articles and
 * table of contents, and its callouts' way to the checklist) is made here,
 * and each activates win.open-link with the link's URI: one way to
 * navigate, which the window's history records.
 * They are buttons rather than links inside a label because every screen
 * reader lists buttons, each with a name of its own.
 */
#define G_LOG_DOMAIN "spots-article-button"

#include "config.h"

#include "spots-article-button.h"
#include "spots-markup.h"

/* Why a width in characters: spots-labels.c. */
#define LABEL_WIDTH_CHARS 16

static GtkWidget *
new_button_label (SpotsArticleButtonPlace  place,
                  const char              *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  switch (place)
    {
    case SPOTS_ARTICLE_BUTTON_TOPIC:
      /* One line: a wrapping label is shaped again for every width the
       * page is measured at, and with dozens of topics that was a fifth of
       * the time to the first frame. A title too long for the card ends in
       * an ellipsis; the accessible name is always the whole text. */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      return label;
    case SPOTS_ARTICLE_BUTTON_LINK:
    case SPOTS_ARTICLE_BUTTON_COLUMN_HEADER:
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_width_chars (GTK_LABEL (label), LABEL_WIDTH_CHARS);
      return label;
    }

  /* Outside the enum. No default: above, so -Wswitch names a missing case. */
  g_return_val_if_reached (label);
}

static void
place_button (GtkWidget               *button,
              SpotsArticleButtonPlace  place)
{
  switch (place)
    {
    case SPOTS_ARTICLE_BUTTON_LINK:
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_add_css_class (button, "link-button");
      return;
    case SPOTS_ARTICLE_BUTTON_TOPIC:
      gtk_widget_add_css_class (button, "topic-button");
      return;
    case SPOTS_ARTICLE_BUTTON_COLUMN_HEADER:
      gtk_widget_set_valign (button, GTK_ALIGN_END);
      gtk_widget_add_css_class (button, "compare-column-header");
      return;
    }

  /* Outside the enum. No default: above, so -Wswitch names a missing case. */
  g_return_if_reached ();
}

/**
 * spots_article_button_new:
 * @place: where the button sits
 * @text: what the button says, which is also its accessible name
 * @uri: where it leads, a spots_link_uri_new() URI
 *
 * A tooltip or an accessible description, where the place wants one, is
 * the caller's to add.
 *
 * Returns: (transfer floating): a flat button that activates
 *   win.open-link with @uri.
 */
GtkWidget *
spots_article_button_new (SpotsArticleButtonPlace  place,
                          const char              *text,
                          const char              *uri)
{
  GtkWidget *button = gtk_button_new ();

  gtk_button_set_child (GTK_BUTTON (button), new_button_label (place, text));
  gtk_widget_add_css_class (button, "flat");
  place_button (button, place);
  /* GTK 4.8 does not name a button after a child it did not make. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.open-link");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", uri);

  return button;
}

/**
 * spots_article_button_new_for_article:
 * @text: (nullable): what the button says; %NULL for the article's title
 *
 * Returns: (transfer floating): a button, as spots_article_button_new(),
 *   that opens the top of @article.
 */
GtkWidget *
spots_article_button_new_for_article (SpotsArticleButtonPlace  place,
                                      const char              *text,
                                      SpotsArticle            *article)
{
  g_autofree char *uri = NULL;

  g_return_val_if_fail (SPOTS_IS_ARTICLE (article), NULL);

  uri = spots_link_uri_new (spots_article_get_id (article), NULL);
  return spots_article_button_new (place, text != NULL ? text : spots_article_get_title (article),
                                   uri);
}
