/* spots-checklist-view.c: the red-flag checklist, one question at a time
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GtkStack of three pages over a SpotsChecklistSession (the model, in the
 * core): the question, the result, and the list of answers to change one.
 * The view holds no state of its own beyond which page shows; everything
 * it says about the result comes from the engine, so the page and the
 * command line always agree.
 *
 * The result never rests on colour: the tier is an icon with a name and a
 * heading in words, and an emergency says which number to call.
 */
#define G_LOG_DOMAIN "skin-spots"

#include "config.h"

#include <glib/gi18n.h>

#include "spots-checklist-view.h"

#include "spots-button-row.h"
#include "spots-handover-print.h"
#include "spots-preferences-window.h"

struct _SpotsChecklistView
{
  GtkWidget parent_instance;

  GtkStack *stack;
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
    default:
      return "emblem-ok-symbolic";
    }
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
    default:
      return _("Home care");
    }
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

static GtkWidget *
new_heading (const char *text,
             guint       level)
{
  g_autofree char *css_class = g_strdup_printf ("heading-%u", level);
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "label", text,
                                   "xalign", 0.0f,
                                   "wrap", TRUE,
                                   NULL);

  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LEVEL,
                                  (int) level, -1);
  gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
new_text (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_widget_add_css_class (label, "body-text");

  return label;
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
  g_autofree char *text = g_strdup_printf (_("Read about %s"), spots_article_get_title (article));
  GtkWidget *button = gtk_button_new_with_label (text);

  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "link-button");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show-article");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", spots_article_get_id (article));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);

  return button;
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

  gtk_widget_set_sensitive (GTK_WIDGET (self->back_button),
                            spots_checklist_session_get_asked (self->session)->len > 0);
  gtk_stack_set_visible_child_name (self->stack, "question");
}

static void
add_reasons (SpotsChecklistView   *self,
             SpotsChecklistResult *result)
{
  g_autoptr(GPtrArray) reasons = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < spots_checklist_result_get_n_reasons (result); i++)
    {
      const SpotsChecklistReason *reason = spots_checklist_result_get_reason (result, i);
      g_autofree char *answers = spots_checklist_reason_describe_answers (reason);

      /* Translators: a reason, then "because you said that …" */
      g_ptr_array_add (reasons, g_strdup_printf (_("Because %s: %s"), answers, reason->text));
    }

  if (reasons->len == 0)
    g_ptr_array_add (reasons, g_strdup (_("None of your answers is, on its own or together "
                                          "with the others, a sign that needs a doctor.")));

  gtk_box_append (self->details_box, new_heading (_("Why"), 2));
  gtk_box_append (self->details_box, new_list (reasons));

  if (spots_checklist_result_get_raised_by_not_sure (result))
    gtk_box_append (self->details_box,
                    new_text (_("Some of your answers were “not sure”. To be safe, they were "
                                "treated as if the sign might be there. If you can check, "
                                "change those answers.")));
}

static void
add_changes (SpotsChecklistView   *self,
             SpotsChecklistResult *result)
{
  SpotsChecklist *checklist = spots_checklist_session_get_checklist (self->session);
  g_autoptr(GPtrArray) raise = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) lower = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < spots_checklist_result_get_n_changes (result); i++)
    {
      const SpotsChecklistChange *change = spots_checklist_result_get_change (result, i);
      const char *statement = spots_checklist_question_get_statement (change->question);
      const char *heading = spots_checklist_get_tier_heading (checklist, change->tier);

      if (change->answer == SPOTS_ANSWER_YES)
        /* Translators: "If there is a fever: Get emergency help now" */
        g_ptr_array_add (raise, g_strdup_printf (_("If %s: %s"), statement, heading));
      else if (spots_checklist_session_would_ask_more (self->session, change->question,
                                                       change->answer))
        /* The walk ended early: ruling this out brings back the questions
         * that were skipped, so the new result cannot be known yet. */
        g_ptr_array_add (lower, g_strdup_printf (_("If you can rule out that %s, change that "
                                                   "answer: the checklist will go on with the "
                                                   "questions it skipped."), statement));
      else
        /* Translators: "If you can rule out that …: Book a doctor's appointment" */
        g_ptr_array_add (lower, g_strdup_printf (_("If you can rule out that %s: %s"), statement,
                                                 heading));
    }

  if (raise->len + lower->len == 0)
    return;

  gtk_box_append (self->details_box, new_heading (_("What would change this"), 2));
  if (raise->len > 0)
    gtk_box_append (self->details_box, new_list (raise));
  if (lower->len > 0)
    gtk_box_append (self->details_box, new_list (lower));
}

static void
add_articles (SpotsChecklistView *self)
{
  SpotsChecklistAnswers *answers = spots_checklist_session_get_answers (self->session);
  GPtrArray *asked = spots_checklist_session_get_asked (self->session);
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);
  GtkWidget *box = NULL;

  /* The pages behind the signs the person reported, in asking order; the
   * guide to getting care always. */
  for (guint i = 0; i <= asked->len; i++)
    {
      const char *id = "when-to-seek-care";
      SpotsArticle *article;

      if (i < asked->len)
        {
          SpotsChecklistQuestion *question = g_ptr_array_index (asked, i);
          SpotsAnswer answer = spots_checklist_answers_get (answers,
                                                            spots_checklist_question_get_id (question));

          if (answer != SPOTS_ANSWER_YES && answer != SPOTS_ANSWER_NOT_SURE)
            continue;
          id = spots_checklist_question_get_article (question);
        }

      if (id == NULL || g_hash_table_contains (shown, id) ||
          (article = spots_library_lookup (self->library, id)) == NULL)
        continue;
      g_hash_table_add (shown, (gpointer) id);

      if (box == NULL)
        {
          gtk_box_append (self->details_box, new_heading (_("Read more"), 2));
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
  SpotsChecklist *checklist = spots_checklist_session_get_checklist (self->session);
  g_autoptr(SpotsChecklistResult) result = spots_checklist_session_get_result (self->session);
  SpotsTier tier = spots_checklist_result_get_tier (result);
  g_autofree char *timeframe = NULL;
  g_autofree char *css_class = g_strdup_printf ("tier-%s", spots_tier_to_string (tier));
  g_autofree char *announcement = NULL;

  for (SpotsTier other = 0; other < SPOTS_N_TIERS; other++)
    {
      g_autofree char *other_class = g_strdup_printf ("tier-%s", spots_tier_to_string (other));

      gtk_widget_remove_css_class (self->tier_box, other_class);
    }
  gtk_widget_add_css_class (self->tier_box, css_class);

  gtk_image_set_from_icon_name (self->tier_icon, tier_icon_name (tier));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->tier_icon),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, tier_icon_description (tier), -1);
  gtk_label_set_text (self->tier_heading, spots_checklist_get_tier_heading (checklist, tier));
  /* Translators: "When: Today" */
  timeframe = g_strdup_printf (_("When: %s"), spots_checklist_get_tier_timeframe (checklist, tier));
  gtk_label_set_text (self->timeframe_label, timeframe);
  gtk_label_set_text (self->advice_label, spots_checklist_get_tier_advice (checklist, tier));

  gtk_widget_set_visible (self->call_box, tier == SPOTS_TIER_EMERGENCY);
  if (tier == SPOTS_TIER_EMERGENCY)
    {
      g_autofree char *number = spots_preferences_dup_emergency_number (self->settings);
      /* Translators: %s is the emergency number, such as 112 */
      g_autofree char *call = g_strdup_printf (_("Call %s now, or your local emergency number"),
                                               number);

      gtk_label_set_text (self->call_label, call);
    }

  remove_children (GTK_WIDGET (self->details_box));
  add_reasons (self, result);
  add_changes (self, result);
  gtk_box_append (self->details_box, new_heading (_("Get help sooner if"), 2));
  gtk_box_append (self->details_box,
                  new_text (spots_checklist_get_tier_safety_net (checklist, tier)));
  add_articles (self);

  gtk_stack_set_visible_child_name (self->stack, "result");
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (
                              GTK_SCROLLED_WINDOW (self->result_scroller)), 0);

  /* The answer button that was focused has gone with its page: the focus
   * goes to the tier's heading, the first thing to read. (The application
   * turns off select-all on focus for every label.) */
  if (focus_is_inside (self))
    gtk_widget_grab_focus (GTK_WIDGET (self->tier_heading));

  /* The heading is the first thing a screen reader hears. */
  announcement = g_strdup_printf ("%s. %s", spots_checklist_get_tier_heading (checklist, tier),
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
show_summary (SpotsChecklistView *self)
{
  GPtrArray *asked = spots_checklist_session_get_asked (self->session);
  SpotsChecklistAnswers *answers = spots_checklist_session_get_answers (self->session);

  remove_children (GTK_WIDGET (self->summary_list));

  for (guint i = 0; i < asked->len; i++)
    {
      SpotsChecklistQuestion *question = g_ptr_array_index (asked, i);
      const char *id = spots_checklist_question_get_id (question);
      SpotsAnswer answer = spots_checklist_answers_get (answers, id);
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *text = new_text (spots_checklist_question_get_text (question));
      GtkWidget *value = gtk_label_new (spots_answer_get_label (answer));
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

  gtk_stack_set_visible_child_name (self->stack, "summary");
}

static void
update (SpotsChecklistView *self)
{
  if (spots_checklist_session_is_finished (self->session))
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
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->question_label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->tier_heading),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->summary_heading),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 1, -1);
}
