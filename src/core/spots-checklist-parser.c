/* spots-checklist-parser.c: read a checklist file, refusing unsafe rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two passes. Before the schema is applied, spots_checklist_check_safety()
 * looks for anything in a rule that could lower urgency (a negation, an
 * "unless"), a rule that claims to give home care, or a tier that does not
 * exist, and refuses the file with a message that says why: the schema
 * would only say that an element is not allowed. After validation,
 * spots_checklist_parse() builds the model and checks what the schema
 * cannot: unique ids, the questions and choices rules name, and that every
 * answer test looks for the question's concerning answer (yes for a
 * warning sign, no for a reassuring question), never the other one.
 */
#define G_LOG_DOMAIN "spots-checklist-parser"

#include "config.h"

#include <string.h>

#include "spots-checklist-private.h"
#include "spots-content-parser-private.h"
#include "spots-error.h"

/* Words that would turn a warning sign into a reason for less urgency. */
static const char * const negations[] = {
  "not", "unless", "none-of", "except", "but-not", "nor", "otherwise", "else", NULL
};

static gboolean
check_rule_safety (SpotsXmlDocument  *document,
                   xmlNode           *node,
                   GError           **error)
{
  for (xmlNode *child = spots_xml_first_element (node); child != NULL;
       child = spots_xml_next_element (child))
    {
      const char *name = (const char *) child->name;

      if (g_strv_contains (negations, name))
        {
          spots_xml_document_set_error (document, error, SPOTS_ERROR_UNSAFE_RULE, child,
                                        "<%s> is not allowed in a rule: rules may only look "
                                        "for warning signs, because a rule that fires when a "
                                        "sign is absent would make answering yes lower the "
                                        "urgency", name);
          return FALSE;
        }

      if (!check_rule_safety (document, child, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * spots_checklist_check_safety:
 *
 * Refuses a checklist file with any rule that could lower urgency or that
 * gives an unknown tier. Run it before validating the file against the
 * schema, so that the author reads why.
 */
gboolean
spots_checklist_check_safety (SpotsXmlDocument  *document,
                              GError           **error)
{
  xmlNode *root = spots_xml_document_get_root (document);

  for (xmlNode *node = spots_xml_first_element (root); node != NULL;
       node = spots_xml_next_element (node))
    {
      g_autofree char *tier = NULL;
      SpotsTier ignored;

      if (!spots_xml_is (node, "rule"))
        continue;

      tier = spots_xml_get_attribute (node, "tier");
      if (!spots_tier_from_string (tier, &ignored))
        {
          spots_xml_document_set_error (document, error, SPOTS_ERROR_UNSAFE_RULE, node,
                                        "unknown tier \"%s\"; the tiers are emergency, urgent, "
                                        "soon and self-care", tier != NULL ? tier : "");
          return FALSE;
        }

      if (g_str_equal (tier, "self-care"))
        {
          spots_xml_document_set_error (document, error, SPOTS_ERROR_UNSAFE_RULE, node,
                                        "a rule cannot give self-care: home care is what is "
                                        "left when no rule fires, so a rule for it could only "
                                        "ever hide a warning sign");
          return FALSE;
        }

      if (!check_rule_safety (document, node, error))
        return FALSE;
    }

  return TRUE;
}

typedef struct
{
  SpotsXmlDocument *document;
  SpotsChecklist *checklist;
  GHashTable *questions;  /* ids seen */
} ChecklistParser;

static gboolean
read_tiers (ChecklistParser  *parser,
            xmlNode          *tiers,
            GError          **error)
{
  for (xmlNode *node = spots_xml_first_element (tiers); node != NULL;
       node = spots_xml_next_element (node))
    {
      g_autofree char *id = spots_xml_get_attribute (node, "id");
      g_autofree char *heading = NULL;
      g_autofree char *advice = NULL;
      g_autofree char *timeframe = NULL;
      g_autofree char *safety_net = NULL;
      SpotsTier tier;

      if (!spots_tier_from_string (id, &tier))
        g_assert_not_reached (); /* the schema allows only the four */

      if ((heading = spots_xml_document_read_child_text (parser->document, node, "heading",
                                                         error)) == NULL ||
          (advice = spots_xml_document_read_child_text (parser->document, node, "advice",
                                                        error)) == NULL ||
          (timeframe = spots_xml_document_read_child_text (parser->document, node, "timeframe",
                                                           error)) == NULL ||
          (safety_net = spots_xml_document_read_child_text (parser->document, node, "safety-net",
                                                            error)) == NULL)
        return FALSE;

      spots_checklist_set_tier (parser->checklist, tier, heading, advice, timeframe, safety_net);

      if (tier == SPOTS_TIER_SELF_CARE)
        {
          g_autoptr(GError) local_error = NULL;
          g_autofree char *reason = spots_xml_document_read_child_text (parser->document, node,
                                                                        "reason", &local_error);

          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          spots_checklist_set_self_care_reason (parser->checklist, reason);
        }
    }

  return TRUE;
}

/* An optional text child: %TRUE if it is absent or read, %FALSE with
 * @error if it is there but empty. */
static gboolean
read_optional_text (ChecklistParser  *parser,
                    xmlNode          *node,
                    const char       *name,
                    char            **text,
                    GError          **error)
{
  g_autoptr(GError) local_error = NULL;

  *text = spots_xml_document_read_child_text (parser->document, node, name, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_choices (ChecklistParser         *parser,
              xmlNode                 *node,
              SpotsChecklistQuestion  *question,
              GError                 **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (xmlNode *child = spots_xml_first_element (node); child != NULL;
       child = spots_xml_next_element (child))
    {
      g_autofree char *id = NULL;
      g_autofree char *label = NULL;
      g_autofree char *statement = NULL;

      if (!spots_xml_is (child, "choice"))
        continue;

      id = spots_xml_get_attribute (child, "id");
      if (g_hash_table_contains (ids, id))
        {
          spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_DUPLICATE_ID, child,
                                        "two choices have the id \"%s\"", id);
          return FALSE;
        }
      if (g_hash_table_size (ids) == SPOTS_MAX_CHOICES)
        {
          spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_INVALID, child,
                                        "a question may offer at most %d choices",
                                        SPOTS_MAX_CHOICES);
          return FALSE;
        }
      g_hash_table_add (ids, g_strdup (id));

      if ((label = spots_xml_document_read_child_text (parser->document, child, "label",
                                                       error)) == NULL ||
          (statement = spots_xml_document_read_child_text (parser->document, child, "statement",
                                                           error)) == NULL)
        return FALSE;

      spots_checklist_question_add_choice (question, id, label, statement);
    }

  return TRUE;
}

/* <only-if question="age" is="…"/>: the question applies only to those
 * choices of an earlier choice question. */
static gboolean
read_only_if (ChecklistParser         *parser,
              xmlNode                 *node,
              SpotsChecklistQuestion  *question,
              GError                 **error)
{
  xmlNode *only_if = spots_xml_localized_child (node, "only-if");
  g_autofree char *id = NULL;
  g_autofree char *is = NULL;
  g_auto(GStrv) choices = NULL;
  SpotsChecklistQuestion *depends;

  if (only_if == NULL)
    return TRUE;

  id = spots_xml_get_attribute (only_if, "question");
  is = spots_xml_get_attribute (only_if, "is");
  depends = spots_checklist_lookup_question (parser->checklist, id);
  if (depends == NULL || spots_checklist_question_get_kind (depends) != SPOTS_QUESTION_CHOICE)
    {
      spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_INVALID, only_if,
                                    "only-if names \"%s\", which is not a choice question asked "
                                    "before this one", id);
      return FALSE;
    }

  choices = g_strsplit (is, " ", -1);
  for (guint i = 0; choices[i] != NULL; i++)
    if (spots_checklist_question_find_choice (depends, choices[i]) < 0)
      {
        spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_INVALID, only_if,
                                      "\"%s\" is not a choice of \"%s\"", choices[i], id);
        return FALSE;
      }

  spots_checklist_question_set_only_if (question, id, (const char * const *) choices);
  return TRUE;
}

static SpotsChecklistQuestion *
read_question (ChecklistParser  *parser,
               xmlNode          *node,
               const char       *group_id,
               const char       *group_title,
               const char       *images_uri,
               GError          **error)
{
  g_autofree char *id = spots_xml_get_attribute (node, "id");
  g_autofree char *type = spots_xml_get_attribute (node, "type");
  g_autofree char *concerning = spots_xml_get_attribute (node, "concerning");
  g_autofree char *text = NULL;
  g_autofree char *help = NULL;
  g_autofree char *statement = NULL;
  g_autofree char *statement_no = NULL;
  g_autofree char *label = NULL;
  g_autofree char *reassurance = NULL;
  g_autofree char *article = NULL;
  g_autofree char *illustration = NULL;
  g_autoptr(SpotsChecklistQuestion) question = NULL;
  gboolean is_choice = g_strcmp0 (type, "choice") == 0;

  if (g_hash_table_contains (parser->questions, id))
    {
      spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_DUPLICATE_ID, node,
                                    "two questions have the id \"%s\"", id);
      return NULL;
    }
  g_hash_table_add (parser->questions, g_strdup (id));

  if ((text = spots_xml_document_read_child_text (parser->document, node, "text",
                                                  error)) == NULL ||
      (help = spots_xml_document_read_child_text (parser->document, node, "help",
                                                  error)) == NULL ||
      (statement = spots_xml_document_read_child_text (parser->document, node, "statement",
                                                       error)) == NULL ||
      !read_optional_text (parser, node, "statement-no", &statement_no, error) ||
      !read_optional_text (parser, node, "label", &label, error) ||
      !read_optional_text (parser, node, "reassurance", &reassurance, error))
    return NULL;

  question = spots_checklist_question_new (id, g_hash_table_size (parser->questions) - 1,
                                           group_id, group_title, text, help, statement);
  spots_checklist_question_set_statement_no (question, statement_no);
  spots_checklist_question_set_label (question, label);
  spots_checklist_question_set_reassurance (question, reassurance);

  if (is_choice)
    {
      spots_checklist_question_set_kind (question, SPOTS_QUESTION_CHOICE);
      if (!read_choices (parser, node, question, error))
        return NULL;
    }
  else if (g_strcmp0 (concerning, "no") == 0)
    {
      /* A reassuring question: the reasons must be able to say what the
       * concerning "no" means. */
      if (statement_no == NULL)
        {
          spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_INVALID, node,
                                        "a question whose concerning answer is \"no\" needs a "
                                        "<statement-no> that says what a \"no\" means");
          return NULL;
        }
      spots_checklist_question_set_concerning (question, SPOTS_ANSWER_NO);
    }

  if (!read_only_if (parser, node, question, error))
    return NULL;

  article = spots_xml_get_attribute (node, "article");
  spots_checklist_question_set_article (question, article);

  illustration = spots_xml_get_attribute (node, "illustration");
  if (illustration != NULL)
    {
      g_autofree char *uri = spots_content_resolve_image (images_uri, illustration);
      g_autofree char *alt = NULL;

      if (uri == NULL)
        {
          spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_BAD_LINK, node,
                                        "the image \"%s\" is not in the images folder next "
                                        "to this file", illustration);
          return NULL;
        }

      if (!read_optional_text (parser, node, "alt", &alt, error))
        return NULL;
      if (alt == NULL)
        {
          spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_INVALID, node,
                                        "a question with an illustration needs an <alt> "
                                        "that says what it shows");
          return NULL;
        }
      spots_checklist_question_set_illustration (question, uri, alt);
    }

  return g_steal_pointer (&question);
}

static gboolean
read_group (ChecklistParser  *parser,
            xmlNode          *group,
            const char       *images_uri,
            GError          **error)
{
  g_autofree char *group_id = spots_xml_get_attribute (group, "id");
  g_autofree char *group_title = NULL;

  if ((group_title = spots_xml_document_read_child_text (parser->document, group, "title",
                                                         error)) == NULL)
    return FALSE;

  for (xmlNode *node = spots_xml_first_element (group); node != NULL;
       node = spots_xml_next_element (node))
    {
      g_autoptr(SpotsChecklistQuestion) question = NULL;

      if (!spots_xml_is (node, "question"))
        continue;

      question = read_question (parser, node, group_id, group_title, images_uri, error);
      if (question == NULL)
        return FALSE;
      spots_checklist_add_question (parser->checklist, question);
    }

  return TRUE;
}

/* <answer question="…" is="…"/> on a choice question: the choices. */
static SpotsCondition *
read_choice_test (ChecklistParser         *parser,
                  xmlNode                 *node,
                  SpotsChecklistQuestion  *question,
                  const char              *is,
                  GError                 **error)
{
  g_auto(GStrv) values = g_strsplit (is, " ", -1);
  guint64 choices = 0;

  for (guint i = 0; values[i] != NULL; i++)
    {
      int choice = spots_checklist_question_find_choice (question, values[i]);

      if (choice < 0)
        {
          spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_UNSAFE_RULE, node,
                                        "is=\"%s\": \"%s\" is not a choice of \"%s\"", is,
                                        values[i], spots_checklist_question_get_id (question));
          return NULL;
        }
      choices |= G_GUINT64_CONSTANT (1) << choice;
    }

  return spots_condition_new_choice (spots_checklist_question_get_index (question), choices);
}

/* <answer question="…" is="…"/> on a yes/no question: the concerning
 * answer, optionally with not-sure, and nothing else. */
static SpotsCondition *
read_answer_test (ChecklistParser         *parser,
                  xmlNode                 *node,
                  SpotsChecklistQuestion  *question,
                  const char              *is,
                  GError                 **error)
{
  const char *concerning =
    spots_answer_to_string (spots_checklist_question_get_concerning (question));
  g_auto(GStrv) values = g_strsplit (is, " ", -1);
  gboolean has_concerning = FALSE, has_not_sure = FALSE, other = FALSE;

  for (guint i = 0; values[i] != NULL; i++)
    {
      if (g_str_equal (values[i], concerning))
        has_concerning = TRUE;
      else if (g_str_equal (values[i], "not-sure"))
        has_not_sure = TRUE;
      else
        other = TRUE;
    }

  if (!has_concerning || other)
    {
      spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_UNSAFE_RULE, node,
                                    "is=\"%s\": an answer test must look for the concerning "
                                    "answer of \"%s\", which is \"%s\" (write is=\"%s\" or "
                                    "is=\"%s not-sure\"); a test that fires on the other "
                                    "answer, or only on not sure, could make a more worrying "
                                    "answer lower the urgency", is,
                                    spots_checklist_question_get_id (question), concerning,
                                    concerning, concerning);
      return NULL;
    }

  return spots_condition_new_answer (spots_checklist_question_get_index (question), has_not_sure);
}

static SpotsCondition *
read_condition (ChecklistParser  *parser,
                xmlNode          *node,
                GError          **error)
{
  SpotsCondition *condition;

  if (spots_xml_is (node, "answer"))
    {
      g_autofree char *id = spots_xml_get_attribute (node, "question");
      g_autofree char *is = spots_xml_get_attribute (node, "is");
      SpotsChecklistQuestion *question = spots_checklist_lookup_question (parser->checklist, id);

      if (question == NULL)
        {
          spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_UNSAFE_RULE, node,
                                        "unknown question \"%s\": a rule may only name "
                                        "questions defined above it", id);
          return NULL;
        }

      if (spots_checklist_question_get_kind (question) == SPOTS_QUESTION_CHOICE)
        return read_choice_test (parser, node, question, is != NULL ? is : "", error);
      return read_answer_test (parser, node, question, is != NULL ? is : "", error);
    }

  condition = spots_condition_new_group (spots_xml_is (node, "any-of") ? SPOTS_CONDITION_ANY_OF
                                                                       : SPOTS_CONDITION_ALL_OF);
  for (xmlNode *child = spots_xml_first_element (node); child != NULL;
       child = spots_xml_next_element (child))
    {
      SpotsCondition *part = read_condition (parser, child, error);

      if (part == NULL)
        {
          spots_condition_free (condition);
          return NULL;
        }
      g_ptr_array_add (condition->children, part);
    }

  return condition;
}

static gboolean
read_rule (ChecklistParser  *parser,
           xmlNode          *node,
           GHashTable       *rule_ids,
           GError          **error)
{
  SpotsChecklistRule *rule;
  g_autofree char *tier = spots_xml_get_attribute (node, "tier");
  g_autoptr(GStrvBuilder) sources = g_strv_builder_new ();

  rule = g_new0 (SpotsChecklistRule, 1);
  rule->id = spots_xml_get_attribute (node, "id");
  spots_tier_from_string (tier, &rule->tier);

  if (g_hash_table_contains (rule_ids, rule->id))
    {
      spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_DUPLICATE_ID, node,
                                    "two rules have the id \"%s\"", rule->id);
      spots_checklist_rule_free (rule);
      return FALSE;
    }
  g_hash_table_add (rule_ids, g_strdup (rule->id));

  for (xmlNode *child = spots_xml_first_element (node); child != NULL;
       child = spots_xml_next_element (child))
    {
      if (spots_xml_is (child, "reason"))
        {
          continue; /* read below, in the reader's language */
        }
      else if (spots_xml_is (child, "source"))
        {
          g_autofree char *citation = spots_xml_get_attribute (child, "citation");

          g_strv_builder_add (sources, citation);
        }
      else if (rule->condition == NULL)
        {
          rule->condition = read_condition (parser, child, error);
          if (rule->condition == NULL)
            {
              spots_checklist_rule_free (rule);
              return FALSE;
            }
        }
    }

  rule->reason = spots_xml_document_read_child_text (parser->document, node, "reason", error);
  if (rule->reason == NULL)
    {
      spots_checklist_rule_free (rule);
      return FALSE;
    }
  rule->sources = g_strv_builder_end (sources);
  spots_checklist_add_rule (parser->checklist, rule);

  return TRUE;
}

/**
 * spots_checklist_parse:
 * @document: a validated <checklist> document
 * @images_uri: where the question illustrations live
 *
 * Returns: (transfer full) (nullable): the checklist, or %NULL with @error
 *   set to "FILE:LINE:COLUMN: what is wrong".
 */
SpotsChecklist *
spots_checklist_parse (SpotsXmlDocument  *document,
                       const char        *images_uri,
                       GError           **error)
{
  g_autoptr(SpotsChecklist) checklist = NULL;
  g_autoptr(GHashTable) questions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) rule_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *version = NULL;
  ChecklistParser parser;
  xmlNode *root = spots_xml_document_get_root (document);

  g_return_val_if_fail (spots_xml_is (root, "checklist"), NULL);

  version = spots_xml_get_attribute (root, "version");
  checklist = spots_checklist_new (version, spots_xml_document_get_name (document));
  parser.document = document;
  parser.checklist = checklist;
  parser.questions = questions;

  for (xmlNode *node = spots_xml_first_element (root); node != NULL;
       node = spots_xml_next_element (node))
    {
      gboolean ok = TRUE;

      if (spots_xml_is (node, "tiers"))
        ok = read_tiers (&parser, node, error);
      else if (spots_xml_is (node, "group"))
        ok = read_group (&parser, node, images_uri, error);
      else if (spots_xml_is (node, "rule"))
        ok = read_rule (&parser, node, rule_ids, error);
      else if (spots_xml_is (node, "doctor-questions"))
        {
          g_autoptr(GStrvBuilder) items = g_strv_builder_new ();
          xmlNode *item = spots_xml_first_element (node);

          while (item != NULL && ok)
            {
              xmlNode *chosen;
              g_autofree char *text = NULL;

              item = spots_xml_next_localized (item, &chosen);
              text = spots_xml_document_read_text (document, chosen, error);
              if (text == NULL)
                ok = FALSE;
              else
                g_strv_builder_add (items, text);
            }

          if (ok)
            spots_checklist_set_doctor_questions (checklist, g_strv_builder_end (items));
        }

      if (!ok)
        return NULL;
    }

  return g_steal_pointer (&checklist);
}
