/* spots-bench-content.c: synthetic articles for the benchmark
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Articles shaped like the shipped ones (a title, a summary, keywords,
 * four to eight sections of paragraphs, lists and callouts with emphasis
 * and links to other articles, references), written from the words of the
 * shipped content so that searches find what they would in real text. The
 * same seed always gives the same files and the same queries.
 */
#define G_LOG_DOMAIN "skin-spots-bench"

#include "config.h"

#include <string.h>

#include "spots-bench-content.h"
#include "spots-plain-text.h"

/* The shipped categories; a synthetic article must name one of them. */
static const char * const categories[] = {
  "start-here", "pinpoint-spots", "causes", "skin-conditions", "getting-care",
  "home-care", "questions", "about",
};

static void
add_words (GHashTable *words,
           const char *text)
{
  const char *p = text;

  while (*p != '\0')
    {
      const char *start;

      while (*p != '\0' && !g_ascii_isalpha (*p))
        p++;
      start = p;
      while (g_ascii_isalpha (*p))
        p++;
      if (p - start >= 3)
        g_hash_table_add (words, g_ascii_strdown (start, p - start));
    }
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * spots_bench_vocabulary_new:
 *
 * Returns: (transfer full): every word of three letters or more in
 *   @library's articles, lower case, sorted.
 */
GPtrArray *
spots_bench_vocabulary_new (SpotsLibrary *library)
{
  GListModel *articles = spots_library_get_articles (library);
  g_autoptr(GHashTable) words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *vocabulary = g_ptr_array_new_with_free_func (g_free);
  GHashTableIter iter;
  gpointer word;

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(SpotsArticle) article = g_list_model_get_item (articles, i);
      g_autofree char *text = spots_plain_text_article (library, article);

      add_words (words, text);
    }

  g_hash_table_iter_init (&iter, words);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    {
      g_ptr_array_add (vocabulary, word);
      g_hash_table_iter_steal (&iter);
    }
  g_ptr_array_sort (vocabulary, compare_strings);

  return vocabulary;
}

static const char *
pick_word (GPtrArray *vocabulary,
           GRand     *rand)
{
  return g_ptr_array_index (vocabulary, g_rand_int_range (rand, 0, (int) vocabulary->len));
}

static void
append_words (GString   *out,
              GPtrArray *vocabulary,
              GRand     *rand,
              int        n,
              gboolean   capital)
{
  for (int i = 0; i < n; i++)
    {
      const char *word = pick_word (vocabulary, rand);

      if (i > 0)
        g_string_append_c (out, ' ');
      if (i == 0 && capital)
        {
          g_string_append_c (out, g_ascii_toupper (word[0]));
          g_string_append (out, word + 1);
        }
      else
        {
          g_string_append (out, word);
        }
    }
}

/* A sentence of plain words, with now and then an emphasis, a strong run
 * or a link to another synthetic article, as the shipped text has. */
static void
append_sentence (GString   *out,
                 GPtrArray *vocabulary,
                 GRand     *rand,
                 guint      n_articles)
{
  int n = g_rand_int_range (rand, 8, 21);

  append_words (out, vocabulary, rand, g_rand_int_range (rand, 2, 6), TRUE);
  n -= 4;
  switch (g_rand_int_range (rand, 0, 8))
    {
    case 0:
      g_string_append (out, " <em>");
      append_words (out, vocabulary, rand, 2, FALSE);
      g_string_append (out, "</em>");
      break;
    case 1:
      g_string_append (out, " <strong>");
      append_words (out, vocabulary, rand, 3, FALSE);
      g_string_append (out, "</strong>");
      break;
    case 2:
      g_string_append_printf (out, " <link to=\"synthetic-%05u\">",
                              (guint) g_rand_int_range (rand, 0, (int) n_articles));
      append_words (out, vocabulary, rand, 2, FALSE);
      g_string_append (out, "</link>");
      break;
    default:
      break;
    }
  g_string_append_c (out, ' ');
  append_words (out, vocabulary, rand, MAX (n, 2), FALSE);
  g_string_append (out, ". ");
}

static void
append_paragraph (GString    *out,
                  const char *indent,
                  GPtrArray  *vocabulary,
                  GRand      *rand,
                  guint       n_articles)
{
  int n = g_rand_int_range (rand, 1, 5);

  g_string_append_printf (out, "%s<p>", indent);
  for (int i = 0; i < n; i++)
    append_sentence (out, vocabulary, rand, n_articles);
  g_string_truncate (out, out->len - 1);
  g_string_append (out, "</p>\n");
}

static void
append_list (GString   *out,
             GPtrArray *vocabulary,
             GRand     *rand,
             guint      n_articles)
{
  int n = g_rand_int_range (rand, 3, 7);

  g_string_append (out, "    <list>\n");
  for (int i = 0; i < n; i++)
    {
      g_string_append (out, "      <item>");
      append_sentence (out, vocabulary, rand, n_articles);
      g_string_truncate (out, out->len - 1);
      g_string_append (out, "</item>\n");
    }
  g_string_append (out, "    </list>\n");
}

static char *
article_text (guint      index,
              GPtrArray *vocabulary,
              GRand     *rand,
              guint      n_articles)
{
  GString *out = g_string_new ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  int n_sections = g_rand_int_range (rand, 4, 9);
  int n_keywords = g_rand_int_range (rand, 3, 7);

  g_string_append_printf (out,
                          "<article xmlns=\"https://skinspots.github.io/ns/content/1\" "
                          "id=\"synthetic-%05u\" category=\"%s\" order=\"%u\">\n",
                          index, categories[index % G_N_ELEMENTS (categories)], 1000 + index);
  g_string_append (out, "  <title>");
  append_words (out, vocabulary, rand, g_rand_int_range (rand, 2, 5), TRUE);
  g_string_append (out, "</title>\n  <summary>");
  append_words (out, vocabulary, rand, g_rand_int_range (rand, 10, 19), TRUE);
  g_string_append (out, ".</summary>\n  <keywords>\n");
  for (int i = 0; i < n_keywords; i++)
    {
      g_string_append (out, "    <keyword>");
      append_words (out, vocabulary, rand, g_rand_int_range (rand, 1, 3), FALSE);
      g_string_append (out, "</keyword>\n");
    }
  g_string_append (out, "  </keywords>\n");

  for (int s = 0; s < n_sections; s++)
    {
      int n_paragraphs = g_rand_int_range (rand, 1, 4);

      g_string_append_printf (out, "  <section id=\"section-%d\">\n    <heading>", s);
      append_words (out, vocabulary, rand, g_rand_int_range (rand, 2, 5), TRUE);
      g_string_append (out, "</heading>\n");
      for (int p = 0; p < n_paragraphs; p++)
        append_paragraph (out, "    ", vocabulary, rand, n_articles);
      if (g_rand_int_range (rand, 0, 2) == 0)
        append_list (out, vocabulary, rand, n_articles);
      if (g_rand_int_range (rand, 0, 5) == 0)
        {
          g_string_append (out, "    <callout type=\"note\">\n      <title>");
          append_words (out, vocabulary, rand, 3, TRUE);
          g_string_append (out, "</title>\n");
          append_paragraph (out, "      ", vocabulary, rand, n_articles);
          g_string_append (out, "    </callout>\n");
        }
      g_string_append (out, "  </section>\n");
    }

  g_string_append (out, "  <references>\n    <reference url=\"https://www.nhs.uk/conditions/\" title=\"");
  append_words (out, vocabulary, rand, 4, TRUE);
  g_string_append (out, "\" publication=\"NHS\"/>\n  </references>\n"
                        "  <reviewed date=\"2026-12-02\" next=\"2027-12-02\">"
                        "<against citation=\"NICE guideline NG143\"/></reviewed>\n</article>\n");

  return g_string_free (out, FALSE);
}

/**
 * spots_bench_generate:
 *
 * Writes @n_articles synthetic articles, `synthetic-00000.xml` on, into
 * @folder, which must exist.
 */
gboolean
spots_bench_generate (const char *folder,
                      GPtrArray  *vocabulary,
                      guint       n_articles,
                      guint32     seed,
                      GError    **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);

  g_return_val_if_fail (vocabulary->len > 0, FALSE);

  for (guint i = 0; i < n_articles; i++)
    {
      g_autofree char *text = article_text (i, vocabulary, rand, n_articles);
      g_autofree char *name = g_strdup_printf ("synthetic-%05u.xml", i);
      g_autofree char *path = g_build_filename (folder, name, NULL);

      if (!g_file_set_contents (path, text, -1, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * spots_bench_queries_new:
 *
 * Returns: (transfer full): @n_queries queries of one to three words, as
 *   people type them.
 */
GPtrArray *
spots_bench_queries_new (GPtrArray *vocabulary,
                         guint      n_queries,
                         guint32    seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GPtrArray *queries = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < n_queries; i++)
    {
      GString *query = g_string_new (NULL);
      int weights = g_rand_int_range (rand, 0, 10);
      int n_words = weights < 6 ? 1 : weights < 9 ? 2 : 3;

      append_words (query, vocabulary, rand, n_words, FALSE);
      g_ptr_array_add (queries, g_string_free (query, FALSE));
    }

  return queries;
}
