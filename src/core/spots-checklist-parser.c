/* spots-checklist-parser.c: read a checklist file, refusing unsafe rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Two passes. Before the schema is applied, spots_checklist_check_safety()
 * looks for anything in a rule that could lower urgency (a negation, an
 * "unless", an answer test that fires on "no" or only on "not sure") or a
 * tier that does not exist, and refuses the file with a message that says
 * why: the schema would only say that an element is not allowed. After
 * validation, spots_checklist_parse() builds the model and checks what the
 * schema cannot: unique ids, and questions that rules name.
 */
#define G_LOG_DOMAIN "spots-core"

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

      if (g_str_equal (name, "answer"))
        {
          g_autofree char *is = spots_xml_get_attribute (child, "is");
          g_auto(GStrv) values = g_strsplit (is != NULL ? is : "", " ", -1);

          if (!g_strv_contains ((const char * const *) values, "yes"))
            {
              spots_xml_document_set_error (document, error, SPOTS_ERROR_UNSAFE_RULE, child,
                                            "is=\"%s\": an answer test must include \"yes\" "
                                            "(write is=\"yes\" or is=\"yes not-sure\"); "
                                            "otherwise answering yes would turn the rule off "
                                            "and could lower the urgency", is != NULL ? is : "");
              return FALSE;
            }
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
    }

  return TRUE;
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
      g_autofree char *id = NULL;
      g_autofree char *text = NULL;
      g_autofree char *help = NULL;
      g_autofree char *statement = NULL;
      g_autofree char *article = NULL;
      g_autofree char *illustration = NULL;
      g_autoptr(SpotsChecklistQuestion) question = NULL;

      if (!spots_xml_is (node, "question"))
        continue;

      id = spots_xml_get_attribute (node, "id");
      if (g_hash_table_contains (parser->questions, id))
        {
          spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_DUPLICATE_ID, node,
                                        "two questions have the id \"%s\"", id);
          return FALSE;
        }
      g_hash_table_add (parser->questions, g_strdup (id));

      if ((text = spots_xml_document_read_child_text (parser->document, node, "text",
                                                      error)) == NULL ||
          (help = spots_xml_document_read_child_text (parser->document, node, "help",
                                                      error)) == NULL ||
          (statement = spots_xml_document_read_child_text (parser->document, node, "statement",
                                                           error)) == NULL)
        return FALSE;

      question = spots_checklist_question_new (id, g_hash_table_size (parser->questions) - 1,
                                               group_id, group_title, text, help, statement);

      article = spots_xml_get_attribute (node, "article");
      spots_checklist_question_set_article (question, article);

      illustration = spots_xml_get_attribute (node, "illustration");
      if (illustration != NULL)
        {
          g_autofree char *uri = spots_content_resolve_image (images_uri, illustration);
          g_autofree char *alt = NULL;
          g_autoptr(GError) local_error = NULL;

          if (uri == NULL)
            {
              spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_BAD_LINK, node,
                                            "the image \"%s\" is not in the images folder next "
                                            "to this file", illustration);
              return FALSE;
            }

          alt = spots_xml_document_read_child_text (parser->document, node, "alt", &local_error);
          if (local_error != NULL)
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          if (alt == NULL)
            {
              spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_INVALID, node,
                                            "a question with an illustration needs an <alt> "
                                            "that says what it shows");
              return FALSE;
            }
          spots_checklist_question_set_illustration (question, uri, alt);
        }

      spots_checklist_add_question (parser->checklist, question);
    }

  return TRUE;
}

static SpotsCondition *
read_condition (ChecklistParser  *parser,
                xmlNode          *node,
                GError          **error)
{
  SpotsCondition *condition;

  if (spots_xml_is (node, "answer"))
    {
      g_autofree char *question = spots_xml_get_attribute (node, "question");
      g_autofree char *is = spots_xml_get_attribute (node, "is");

      if (!g_hash_table_contains (parser->questions, question))
        {
          spots_xml_document_set_error (parser->document, error, SPOTS_ERROR_UNSAFE_RULE, node,
                                        "unknown question \"%s\": a rule may only name "
                                        "questions defined above it", question);
          return NULL;
        }

      return spots_condition_new_answer (question, strstr (is, "not-sure") != NULL);
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
