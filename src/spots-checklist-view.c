/* spots-checklist-view.c: the red-flag checklist, one question at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkStack of four pages over a SpotsChecklistSession (the model, in the
 * core): who the check is for, the question, the result, and the list of
 * answers to change one. The view holds no state of its own beyond which
 * page shows; everything it says about the result comes from the core's
 * SpotsChecklistReport, so the page, the handover sheet and the command
 * line always say the same.
 *
 * The result never rests on colour: the tier is an icon with a name and a
 * heading in words, and an emergency says which number to call.
 */
#define G_LOG_DOMAIN "spots-checklist-view"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-checklist-view.h"
#include "spots-emergency-number.h"

#include "spots-article-button.h"
#include "spots-button-row.h"
#include "spots-handover-print.h"
#include "spots-labels.h"
#include "spots-preferences-window.h"

struct _SpotsChecklistView
{
  GtkWidget parent_instance;

  GtkStack *stack;
  GtkLabel *who_heading;
  GtkBox *who_box;
  GtkLabel *who_error;
  GtkWidget *who_scroller;
  GtkLabel *progress_label;
  GtkLabel *group_label;
  GtkProgressBar *progress_bar;
  GtkLabel *question_label;
  GtkLabel *help_label;
  GtkPicture *illustration;
  GtkButton *read_more_button;
  GtkButton *back_button;
  GtkWidget *tier_box;
  GtkImage *tier_icon;
  GtkLabel *tier_heading;
  GtkLabel *timeframe_label;
  GtkWidget *call_box;
  GtkLabel *call_label;
  GtkLabel *advice_label;
  GtkBox *details_box;
  GtkListBox *summary_list;
  GtkLabel *summary_heading;
  GtkWidget *result_scroller;

  SpotsLibrary *library;
  SpotsChecklistSession *session;
  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (SpotsChecklistView, spots_checklist_view, GTK_TYPE_WIDGET)

static const char *
tier_icon_name (SpotsTier tier)
{
  switch (tier)
    {
    case SPOTS_TIER_EMERGENCY:
      return "dialog-error-symbolic";
    case SPOTS_TIER_URGENT:
      return "dialog-warning-symbolic";
    case SPOTS_TIER_SOON:
      return "x-office-calendar-symbolic";
    case SPOTS_TIER_SELF_CARE:
      return "emblem-ok-symbolic";
    case SPOTS_N_TIERS:
      break;
    }

  /* Outside the enum. No default: above, so -Wswitch names a missing case. */
  g_return_val_if_reached ("dialog-error-symbolic");
}

/* What the icon means, for people who cannot see it. */
static const char *
tier_icon_description (SpotsTier tier)
{
  switch (tier)
    {
    case SPOTS_TIER_EMERGENCY:
      return _("Emergency");
    case SPOTS_TIER_URGENT:
      return _("Urgent");
    case SPOTS_TIER_SOON:
      return _("Not urgent");
    case SPOTS_TIER_SELF_CARE:
      return _("Home care");
    case SPOTS_N_TIERS:
      break;
    }

  /* Outside the enum. No default: above, so -Wswitch names a missing case. */
  g_return_val_if_reached (_("Emergency"));
}

static void
remove_children (GtkWidget *parent)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (parent)) != NULL)
    {
      if (GTK_IS_LIST_BOX (parent))
        gtk_list_box_remove (GTK_LIST_BOX (parent), child);
      else
        gtk_box_remove (GTK_BOX (parent), child);
    }
}

/* Running text on the result and "who" pages. */
static GtkWidget *
new_text (const char *text)
{
  return spots_label_new_text (text, GTK_ACCESSIBLE_ROLE_LABEL, 60);
}

/* A list of sentences, as a list for screen readers. */
static GtkWidget *
new_list (GPtrArray *items)
{
  GtkWidget *list = g_object_new (GTK_TYPE_BOX,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                                  "orientation", GTK_ORIENTATION_VERTICAL,
                                  "spacing", 6,
                                  NULL);

  for (guint i = 0; i < items->len; i++)
    {
      GtkWidget *row = g_object_new (GTK_TYPE_BOX,
                                     "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                     "spacing", 8,
                                     NULL);
      GtkWidget *marker = gtk_label_new ("•");

      gtk_widget_set_valign (marker, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (row), marker);
      gtk_box_append (GTK_BOX (row), new_text (g_ptr_array_index (items, i)));
      gtk_box_append (GTK_BOX (list), row);
    }

  return list;
}

static GtkWidget *
new_article_button (SpotsArticle *article)
{
  /* Translators: %s is a condition, such as "Heat rash" */
  g_autofree char *text = g_strdup_printf (_("Read about %s"), spots_article_get_title (article));

  return spots_article_button_new_for_article (SPOTS_ARTICLE_BUTTON_LINK, text, article);
}

static void
show_question (SpotsChecklistView *self)
{
  SpotsChecklistQuestion *question = spots_checklist_session_get_current (self->session);
  guint position = spots_checklist_session_get_position (self->session);
  guint total = spots_checklist_session_get_total (self->session);
  const char *article_id = spots_checklist_question_get_article (question);
  SpotsArticle *article = article_id != NULL ? spots_library_lookup (self->library, article_id)
                                             : NULL;
  const char *illustration = spots_checklist_question_get_illustration (question);
  g_autofree char *progress = NULL;

  /* Translators: "Question 3 of 14" */
  progress = g_strdup_printf (_("Question %u of %u"), position, total);
  gtk_label_set_text (self->progress_label, progress);
  gtk_progress_bar_set_fraction (self->progress_bar, (double) (position - 1) / MAX (total, 1));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar),
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, progress, -1);
  gtk_label_set_text (self->group_label, spots_checklist_question_get_group_title (question));
  gtk_label_set_text (self->question_label, spots_checklist_question_get_text (question));
  gtk_label_set_text (self->help_label, spots_checklist_question_get_help (question));

  gtk_widget_set_visible (GTK_WIDGET (self->illustration), illustration != NULL);
  if (illustration != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (illustration);

      gtk_picture_set_file (self->illustration, file);
      gtk_picture_set_alternative_text (self->illustration,
                                        spots_checklist_question_get_illustration_alt (question));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->read_more_button), article != NULL);
  if (article != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Read more: %s"), spots_article_get_title (article));

      gtk_button_set_label (self->read_more_button, text);
      /* The target goes first: an action name without its "s" target makes
       * GTK warn about a parameter type mismatch. */
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->read_more_button), "s", article_id);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (self->read_more_button), "win.show-article");
    }

  gtk_stack_set_visible_child_name (self->stack, "question");
}

/* A heading and a list, if there is anything to list. */
static void
add_section (SpotsChecklistView *self,
             const char         *heading,
             GPtrArray          *items)
{
  if (items->len == 0)
    return;

  gtk_box_append (self->details_box, spots_label_new_heading (heading, 2));
  gtk_box_append (self->details_box, new_list (items));
}

static void
add_articles (SpotsChecklistView   *self,
              SpotsChecklistReport *report)
{
  GPtrArray *ids = spots_checklist_report_get_articles (report);
  GtkWidget *box = NULL;

  for (guint i = 0; i < ids->len; i++)
    {
      SpotsArticle *article = spots_library_lookup (self->library, g_ptr_array_index (ids, i));

      if (article == NULL)
        continue;

      if (box == NULL)
        {
          gtk_box_append (self->details_box, spots_label_new_heading (_("Read more"), 2));
          box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
          gtk_box_append (self->details_box, box);
        }
      gtk_box_append (GTK_BOX (box), new_article_button (article));
    }
}

static gboolean
focus_is_inside (SpotsChecklistView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus == NULL || gtk_widget_is_ancestor (focus, GTK_WIDGET (self));
}

static void
show_result (SpotsChecklistView *self)
{
  g_autoptr(SpotsChecklistReport) report = spots_checklist_session_get_report (self->session);
  SpotsTier tier = spots_checklist_report_get_tier (report);
  const char *not_sure = spots_checklist_report_get_not_sure_note (report);
  g_autofree char *timeframe = NULL;
  g_autofree char *css_class = g_strdup_printf ("tier-%s", spots_tier_to_string (tier));
  g_autofree char *announcement = NULL;
  g_autoptr(GPtrArray) changes = g_ptr_array_new ();

  for (SpotsTier other = 0; other < SPOTS_N_TIERS; other++)
    {
      g_autofree char *other_class = g_strdup_printf ("tier-%s", spots_tier_to_string (other));

      gtk_widget_remove_css_class (self->tier_box, other_class);
    }
  gtk_widget_add_css_class (self->tier_box, css_class);

  gtk_image_set_from_icon_name (self->tier_icon, tier_icon_name (tier));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->tier_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tier_icon_description (tier), -1);
  gtk_label_set_text (self->tier_heading, spots_checklist_report_get_heading (report));
  /* Translators: "When: Today" */
  timeframe = g_strdup_printf (_("When: %s"), spots_checklist_report_get_timeframe (report));
  gtk_label_set_text (self->timeframe_label, timeframe);
  gtk_label_set_text (self->advice_label, spots_checklist_report_get_advice (report));

  gtk_widget_set_visible (self->call_box, tier == SPOTS_TIER_EMERGENCY);
  if (tier == SPOTS_TIER_EMERGENCY)
    {
      g_autofree char *number = spots_preferences_dup_emergency_number (self->settings);
      g_autofree char *call = spots_emergency_number_describe (number);

      gtk_label_set_text (self->call_label, call);
    }

  remove_children (GTK_WIDGET (self->details_box));
  add_section (self, _("Who the check was for"), spots_checklist_report_get_who (report));
  add_section (self, _("Why"), spots_checklist_report_get_reasons (report));
  if (not_sure != NULL)
    gtk_box_append (self->details_box, new_text (not_sure));
  g_ptr_array_extend (changes, spots_checklist_report_get_raise (report), NULL, NULL);
  g_ptr_array_extend (changes, spots_checklist_report_get_lower (report), NULL, NULL);
  add_section (self, _("What would change this"), changes);
  gtk_box_append (self->details_box, spots_label_new_heading (_("Get help sooner if"), 2));
  gtk_box_append (self->details_box, new_text (spots_checklist_report_get_safety_net (report)));
  add_articles (self, report);

  gtk_stack_set_visible_child_name (self->stack, "result");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (
                              GTK_SCROLLED_WINDOW (self->result_scroller)), 0);

  /* The answer button that was focused has gone with its page: the focus
   * goes to the tier's heading, the first thing to read. (The application
   * turns off select-all on focus for every label.) */
  if (focus_is_inside (self))
    gtk_widget_grab_focus (GTK_WIDGET (self->tier_heading));

  /* The heading is the first thing a screen reader hears. */
  announcement = g_strdup_printf ("%s. %s", spots_checklist_report_get_heading (report),
                                  timeframe);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->tier_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, announcement, -1);
}

static void
on_change_answer (GtkButton          *button,
                  SpotsChecklistView *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "question-id");

  if (spots_checklist_session_revisit (self->session, id))
    show_question (self);
}

static void
add_summary_row (SpotsChecklistView     *self,
                 SpotsChecklistQuestion *question,
                 const char             *value_text)
{
  const char *id = spots_checklist_question_get_id (question);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = new_text (spots_checklist_question_get_text (question));
  GtkWidget *value = gtk_label_new (value_text);
  GtkWidget *button = gtk_button_new ();
  g_autofree char *name = g_strdup_printf (_("Change the answer to: %s"),
                                           spots_checklist_question_get_text (question));

  gtk_widget_set_hexpand (text, TRUE);
  gtk_widget_add_css_class (value, "heading");
  /* A child label the button did not make, so that GTK 4.8 names the
   * button by its accessible label alone. */
  gtk_button_set_child (GTK_BUTTON (button), gtk_label_new (_("Change")));
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  name, -1);
  g_object_set_data_full (G_OBJECT (button), "question-id", g_strdup (id), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_change_answer), self);

  gtk_widget_set_margin_top (row, 8);
  gtk_widget_set_margin_bottom (row, 8);
  gtk_widget_set_margin_start (row, 12);
  gtk_widget_set_margin_end (row, 12);
  gtk_box_append (GTK_BOX (row), text);
  gtk_box_append (GTK_BOX (row), value);
  gtk_box_append (GTK_BOX (row), button);
  gtk_list_box_append (self->summary_list, row);
}

static void
show_summary (SpotsChecklistView *self)
{
  GPtrArray *asked = spots_checklist_session_get_asked (self->session);
  SpotsChecklistAnswers *answers = spots_checklist_session_get_answers (self->session);
  g_autoptr(SpotsChecklistReport) report = spots_checklist_session_get_report (self->session);
  GPtrArray *questions = spots_checklist_report_get_answered_questions (report);
  GPtrArray *labels = spots_checklist_report_get_answer_labels (report);

  remove_children (GTK_WIDGET (self->summary_list));

  /* Who it is for first, as on the first page; then the questions in the
   * order they were answered. */
  for (guint i = 0; i < questions->len; i++)
    if (spots_checklist_question_is_about_who (g_ptr_array_index (questions, i)))
      add_summary_row (self, g_ptr_array_index (questions, i), g_ptr_array_index (labels, i));

  for (guint i = 0; i < asked->len; i++)
    {
      SpotsChecklistQuestion *question = g_ptr_array_index (asked, i);
      SpotsAnswer answer = spots_checklist_answers_get (answers,
                                                        spots_checklist_question_get_id (question));

      add_summary_row (self, question, spots_answer_get_label (answer));
    }

  gtk_stack_set_visible_child_name (self->stack, "summary");
}

/* The "who" page -------------------------------------------------------------- */

static void rebuild_who (SpotsChecklistView *self);
static void update      (SpotsChecklistView *self);

static void
on_who_toggled (GtkToggleButton    *button,
                SpotsChecklistView *self)
{
  const char *question = g_object_get_data (G_OBJECT (button), "question-id");
  const char *value = g_object_get_data (G_OBJECT (button), "value");
  SpotsChecklistQuestion *found;

  if (!gtk_toggle_button_get_active (button) || self->session == NULL)
    return;

  spots_checklist_session_set_who_answer (self->session, question, value);
  gtk_widget_set_visible (GTK_WIDGET (self->who_error), FALSE);

  /* A new age can bring questions in or take them away (pregnancy,
   * crawling). Rebuilt after this handler, not inside it. */
  found = spots_checklist_lookup_question (spots_checklist_session_get_checklist (self->session),
                                           question);
  if (spots_checklist_question_get_kind (found) == SPOTS_QUESTION_CHOICE)
    rebuild_who (self);
}

/* Grouped toggle buttons, not radio-style check buttons: on GTK 4.8 only
 * buttons offer a "click" action to assistive technologies. */
static GtkWidget *
new_who_option (SpotsChecklistView     *self,
                SpotsChecklistQuestion *question,
                const char             *value,
                const char             *label,
                GtkToggleButton        *group,
                gboolean                active)
{
  GtkWidget *button = gtk_toggle_button_new_with_label (label);

  if (group != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), active);
  g_object_set_data_full (G_OBJECT (button), "question-id",
                          g_strdup (spots_checklist_question_get_id (question)), g_free);
  g_object_set_data_full (G_OBJECT (button), "value", g_strdup (value), g_free);
  g_signal_connect (button, "toggled", G_CALLBACK (on_who_toggled), self);

  return button;
}

/* One question of the "who" page: its text as a heading, its help, and
 * its answers as a group of toggle buttons named after the question, of
 * which one at most is pressed. */
static GtkWidget *
new_who_question (SpotsChecklistView     *self,
                  SpotsChecklistQuestion *question)
{
  SpotsChecklistAnswers *answers = spots_checklist_session_get_answers (self->session);
  const char *id = spots_checklist_question_get_id (question);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *options = spots_button_row_new (8);
  GtkToggleButton *first = NULL;

  gtk_box_append (GTK_BOX (box), spots_label_new_heading (spots_checklist_question_get_text (question), 2));
  gtk_box_append (GTK_BOX (box), new_text (spots_checklist_question_get_help (question)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (options), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  spots_checklist_question_get_text (question), -1);

  if (spots_checklist_question_get_kind (question) == SPOTS_QUESTION_CHOICE)
    {
      const char *chosen = spots_checklist_answers_get_choice (answers, id);

      for (guint i = 0; i < spots_checklist_question_get_n_choices (question); i++)
        {
          const SpotsChecklistChoice *choice = spots_checklist_question_get_choice (question, i);
          GtkWidget *button = new_who_option (self, question, choice->id, choice->label, first,
                                              g_strcmp0 (chosen, choice->id) == 0);

          first = first != NULL ? first : GTK_TOGGLE_BUTTON (button);
          gtk_widget_set_parent (button, options);
        }
    }
  else
    {
      static const SpotsAnswer order[] = { SPOTS_ANSWER_YES, SPOTS_ANSWER_NO,
                                           SPOTS_ANSWER_NOT_SURE };
      SpotsAnswer given = spots_checklist_answers_get (answers, id);

      spots_button_row_layout_set_homogeneous (spots_button_row_get_layout (SPOTS_BUTTON_ROW (options)),
                                               TRUE);
      for (guint i = 0; i < G_N_ELEMENTS (order); i++)
        {
          GtkWidget *button = new_who_option (self, question, spots_answer_to_string (order[i]),
                                              spots_answer_get_label (order[i]), first,
                                              given == order[i]);

          first = first != NULL ? first : GTK_TOGGLE_BUTTON (button);
          gtk_widget_set_parent (button, options);
        }
    }

  gtk_box_append (GTK_BOX (box), options);
  return box;
}

static gboolean
rebuild_who_now (gpointer data)
{
  SpotsChecklistView *self = data;
  g_autoptr(GPtrArray) questions = NULL;

  remove_children (GTK_WIDGET (self->who_box));
  if (self->session == NULL)
    return G_SOURCE_REMOVE;

  questions = spots_checklist_session_get_who_questions (self->session);
  for (guint i = 0; i < questions->len; i++)
    gtk_box_append (self->who_box, new_who_question (self, g_ptr_array_index (questions, i)));

  return G_SOURCE_REMOVE;
}

/* Rebuilds the page, keeping keyboard focus on the age the person chose. */
static gboolean
rebuild_who_keeping_focus (gpointer data)
{
  g_autoptr(SpotsChecklistView) self = data;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  g_autofree char *value = NULL;
  GtkWidget *first_question;

  if (focus != NULL && GTK_IS_TOGGLE_BUTTON (focus) &&
      gtk_widget_is_ancestor (focus, GTK_WIDGET (self->who_box)))
    value = g_strdup (g_object_get_data (G_OBJECT (focus), "value"));

  rebuild_who_now (self);

  /* The age comes first: its options are the last child of the first box. */
  first_question = gtk_widget_get_first_child (GTK_WIDGET (self->who_box));
  if (value == NULL || first_question == NULL)
    return G_SOURCE_REMOVE;

  for (GtkWidget *option = gtk_widget_get_first_child (gtk_widget_get_last_child (first_question));
       option != NULL; option = gtk_widget_get_next_sibling (option))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (option), "value"), value) == 0)
      gtk_widget_grab_focus (option);

  return G_SOURCE_REMOVE;
}

/* Rebuilding destroys the button whose "toggled" handler asked for it (and
 * its group, which is still being updated), so it waits for the main loop. */
static void
rebuild_who (SpotsChecklistView *self)
{
  g_idle_add (rebuild_who_keeping_focus, g_object_ref (self));
}

static void
show_who (SpotsChecklistView *self)
{
  rebuild_who_now (self);
  gtk_widget_set_visible (GTK_WIDGET (self->who_error), FALSE);
  gtk_stack_set_visible_child_name (self->stack, "who");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (
                              GTK_SCROLLED_WINDOW (self->who_scroller)), 0);
}

static void
on_who_continue (SpotsChecklistView *self)
{
  if (self->session == NULL)
    return;

  if (!spots_checklist_session_confirm_who (self->session))
    {
      GtkWidget *first_question = gtk_widget_get_first_child (GTK_WIDGET (self->who_box));

      gtk_widget_set_visible (GTK_WIDGET (self->who_error), TRUE);
      if (first_question != NULL)
        gtk_widget_grab_focus (gtk_widget_get_first_child (gtk_widget_get_last_child (first_question)));
      return;
    }

  update (self);
}

static void
update (SpotsChecklistView *self)
{
  if (spots_checklist_session_is_on_who_page (self->session))
    show_who (self);
  else if (spots_checklist_session_is_finished (self->session))
    show_result (self);
  else
    show_question (self);
}

/* Returns FALSE when no question is showing: the answer buttons stay in the
 * accessibility tree while the result is shown, and Alt+Y works from
 * anywhere in the view. */
static gboolean
answer (SpotsChecklistView *self,
        SpotsAnswer         value)
{
  if (spots_checklist_session_get_current (self->session) == NULL)
    return FALSE;
  spots_checklist_session_answer (self->session, value);
  update (self);
  return TRUE;
}

static void
on_yes (SpotsChecklistView *self)
{
  answer (self, SPOTS_ANSWER_YES);
}

static void
on_no (SpotsChecklistView *self)
{
  answer (self, SPOTS_ANSWER_NO);
}

static void
on_not_sure (SpotsChecklistView *self)
{
  answer (self, SPOTS_ANSWER_NOT_SURE);
}

static void
on_back (SpotsChecklistView *self)
{
  if (spots_checklist_session_go_back (self->session))
    update (self);
}

static void
on_restart (SpotsChecklistView *self)
{
  spots_checklist_view_restart (self);
}

static void
on_show_summary (SpotsChecklistView *self)
{
  show_summary (self);
}

static void
on_show_result (SpotsChecklistView *self)
{
  show_result (self);
}

/**
 * spots_checklist_view_restart:
 *
 * Forgets every answer and shows the first question ("Start over").
 */
void
spots_checklist_view_restart (SpotsChecklistView *self)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST_VIEW (self));

  if (self->session == NULL)
    return;

  spots_checklist_session_restart (self->session);
  update (self);
}

/**
 * spots_checklist_view_set_library:
 *
 * Starts a new walk through the library's checklist.
 */
void
spots_checklist_view_set_library (SpotsChecklistView *self,
                                  SpotsLibrary       *library,
                                  GSettings          *settings)
{
  SpotsChecklist *checklist;

  g_return_if_fail (SPOTS_IS_CHECKLIST_VIEW (self));
  g_return_if_fail (SPOTS_IS_LIBRARY (library));

  g_set_object (&self->library, library);
  g_set_object (&self->settings, settings);
  g_clear_object (&self->session);

  checklist = spots_library_get_checklist (library);
  if (checklist == NULL)
    return;

  self->session = spots_checklist_session_new (checklist);
  update (self);
}

/**
 * spots_checklist_view_load_answers:
 *
 * Shows the walk with these answers, as if they had been given one by one:
 * the next question to ask, or the result.
 */
void
spots_checklist_view_load_answers (SpotsChecklistView    *self,
                                   SpotsChecklistAnswers *answers)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST_VIEW (self));
  g_return_if_fail (self->session != NULL);

  spots_checklist_session_load_answers (self->session, answers);
  update (self);
}

/**
 * spots_checklist_view_get_session:
 *
 * Returns: (nullable) (transfer none): the walk in progress.
 */
SpotsChecklistSession *
spots_checklist_view_get_session (SpotsChecklistView *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_VIEW (self), NULL);
  return self->session;
}

gboolean
spots_checklist_view_has_result (SpotsChecklistView *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_VIEW (self), FALSE);

  return self->session != NULL && spots_checklist_session_is_finished (self->session);
}

/**
 * spots_checklist_view_answer:
 *
 * Answers the question showing, as the buttons do.
 */
void
spots_checklist_view_answer (SpotsChecklistView *self,
                             SpotsAnswer         value)
{
  g_return_if_fail (SPOTS_IS_CHECKLIST_VIEW (self));
  g_return_if_fail (self->session != NULL && !spots_checklist_session_is_finished (self->session));

  answer (self, value);
}

/**
 * spots_checklist_view_new_handover:
 *
 * Returns: (transfer full) (nullable): the sheet for the doctor, or %NULL
 *   before there is a result.
 */
SpotsPrintDocument *
spots_checklist_view_new_handover (SpotsChecklistView *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_val_if_fail (SPOTS_IS_CHECKLIST_VIEW (self), NULL);

  if (!spots_checklist_view_has_result (self))
    return NULL;

  return spots_handover_print_new (self->session, now);
}

const char *
spots_checklist_view_get_page (SpotsChecklistView *self)
{
  g_return_val_if_fail (SPOTS_IS_CHECKLIST_VIEW (self), NULL);
  return gtk_stack_get_visible_child_name (self->stack);
}

static void
spots_checklist_view_dispose (GObject *object)
{
  SpotsChecklistView *self = SPOTS_CHECKLIST_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SPOTS_TYPE_CHECKLIST_VIEW);
  g_clear_object (&self->session);
  g_clear_object (&self->library);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (spots_checklist_view_parent_class)->dispose (object);
}

static gboolean
answer_shortcut (GtkWidget *widget,
                 GVariant  *args,
                 gpointer   user_data)
{
  /* Not handled off the question page, so the keys go on to others. */
  return answer (SPOTS_CHECKLIST_VIEW (widget), (SpotsAnswer) g_variant_get_int32 (args));
}

static void
spots_checklist_view_class_init (SpotsChecklistViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = spots_checklist_view_dispose;

  g_type_ensure (SPOTS_TYPE_BUTTON_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/spots-checklist-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, stack);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, who_heading);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, who_box);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, who_error);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, who_scroller);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, progress_label);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, group_label);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, question_label);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, help_label);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, illustration);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, read_more_button);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, back_button);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, tier_box);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, tier_icon);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, tier_heading);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, timeframe_label);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, call_box);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, call_label);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, advice_label);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, details_box);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, summary_list);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, summary_heading);
  gtk_widget_class_bind_template_child (widget_class, SpotsChecklistView, result_scroller);
  gtk_widget_class_bind_template_callback (widget_class, on_yes);
  gtk_widget_class_bind_template_callback (widget_class, on_no);
  gtk_widget_class_bind_template_callback (widget_class, on_not_sure);
  gtk_widget_class_bind_template_callback (widget_class, on_back);
  gtk_widget_class_bind_template_callback (widget_class, on_restart);
  gtk_widget_class_bind_template_callback (widget_class, on_show_summary);
  gtk_widget_class_bind_template_callback (widget_class, on_show_result);
  gtk_widget_class_bind_template_callback (widget_class, on_who_continue);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  /* Answer keys, since the buttons carry no mnemonics (GTK 4.8 would put
   * the underscore in their accessible names). */
  gtk_widget_class_add_binding (widget_class, GDK_KEY_y, GDK_ALT_MASK, answer_shortcut, "i",
                                SPOTS_ANSWER_YES);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_n, GDK_ALT_MASK, answer_shortcut, "i",
                                SPOTS_ANSWER_NO);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_s, GDK_ALT_MASK, answer_shortcut, "i",
                                SPOTS_ANSWER_NOT_SURE);
}

static void
spots_checklist_view_init (SpotsChecklistView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Heading levels cannot be set in GtkBuilder on GTK 4.8. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->who_heading),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->question_label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->tier_heading),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->summary_heading),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
}
