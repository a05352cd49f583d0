/* spots-hostile-folder.c: a user content folder that tries everything
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Half the files are good articles; the rest are broken in every way the
 * bad-input tests know (each file of tests/content/bad/ in turn), or
 * oversized, compressed, not UTF-8, binary, links out of the folder and
 * links that go nowhere, FIFOs, folders and unreadable files named like
 * content, and broken copies of built-in articles that must not hide them.
 * A few good files replace built-in articles on purpose. The test and the
 * window test both read it; each knows what must load and what must be
 * reported.
 */
#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "spots-hostile-folder.h"
#include "spots-test-util.h"

#define NS "xmlns=\"https://skinspots.github.io/ns/content/1\""

/* Built-in articles the folder replaces with good files, and tries to
 * replace with broken ones. */
static const char * const replaced[] = { "cherry-angioma", "heat-rash", "rosacea", NULL };
static const char * const broken_replacements[] = { "petechiae", "glass-test",
                                                    "meningitis-and-sepsis", NULL };

static char *
article_xml (const char *id,
             const char *title,
             const char *body)
{
  return g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<article " NS " id=\"%s\" category=\"start-here\">\n"
                          "  <title>%s</title>\n"
                          "  <summary>A test page.</summary>\n"
                          "  <section>\n"
                          "    <heading>Heading</heading>\n"
                          "    %s\n"
                          "  </section>\n"
                          SPOTS_TEST_REVIEWED
                          "</article>\n", id, title, body);
}

static void
add_good (SpotsHostileFolder *self,
          const char         *folder,
          const char         *name,
          const char         *id,
          const char         *title)
{
  g_autofree char *xml = article_xml (id, title, "<p>Good text.</p>");

  spots_test_write_file (folder, name, xml, -1);
  g_ptr_array_add (self->good_ids, g_strdup (id));
  g_ptr_array_add (self->good_titles, g_strdup (title));
}

static void
add_bad_bytes (SpotsHostileFolder *self,
               const char         *folder,
               const char         *name,
               const char         *bytes,
               gssize              length)
{
  spots_test_write_file (folder, name, bytes, length);
  g_ptr_array_add (self->bad_files, g_build_filename (folder, name, NULL));
}

/* One of the bad-input corpus files, under a new name. */
static void
add_corpus_copy (SpotsHostileFolder *self,
                 const char         *folder,
                 const char         *name,
                 guint               which)
{
  static GPtrArray *corpus = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (corpus == NULL)
    {
      g_autofree char *dir_path = g_build_filename (spots_test_source_dir (), "tests", "content",
                                                    "bad", NULL);

      corpus = spots_test_list_files (dir_path, ".xml");
      g_assert (corpus->len > 0);
    }

  g_assert (g_file_get_contents (g_ptr_array_index (corpus, which % corpus->len), &contents,
                                 &length, NULL));
  add_bad_bytes (self, folder, name, contents, (gssize) length);
}

static void
add_link (SpotsHostileFolder *self,
          const char         *folder,
          const char         *name,
          const char         *target)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);

  g_assert (symlink (target, path) == 0);
  g_ptr_array_add (self->bad_files, g_steal_pointer (&path));
}

/* Larger than the cap without taking the disk space: a sparse file. */
static void
add_oversized (SpotsHostileFolder *self,
               const char         *folder,
               const char         *name,
               goffset             size)
{
  g_autofree char *path = g_build_filename (folder, name, NULL);
  int fd = g_open (path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

  g_assert (fd >= 0);
  g_assert (write (fd, "<?xml version=\"1.0\"?>\n<article>", 31) == 31);
  g_assert (ftruncate (fd, size) == 0);
  close (fd);
  g_ptr_array_add (self->bad_files, g_steal_pointer (&path));
}

/* Everything that is not a plain broken file, one each in turn. */
static void
add_special (SpotsHostileFolder *self,
             const char         *folder,
             guint               i,
             guint               kind)
{
  g_autofree char *name = g_strdup_printf ("special-%04u.xml", i);
  g_autofree char *path = g_build_filename (folder, name, NULL);
  g_autofree char *good = article_xml ("unused", "Unused", "<p>Text.</p>");

  switch (kind % 12)
    {
    case 0:
      add_link (self, folder, name, "/etc/passwd");
      break;
    case 1:
      add_link (self, folder, name, "../outside-the-folder.xml");
      break;
    case 2:
      add_link (self, folder, name, "nowhere-at-all.xml");
      break;
    case 3:
      add_link (self, folder, name, name);  /* a link to itself */
      break;
    case 4:
      g_assert (mkfifo (path, 0600) == 0);
      g_ptr_array_add (self->bad_files, g_steal_pointer (&path));
      break;
    case 5:
      /* A folder named like content is not content, and not a problem. */
      g_assert (g_mkdir (path, 0700) == 0);
      break;
    case 6:
      add_oversized (self, folder, name, 1024 * 1024 + 1);
      break;
    case 7:
      add_oversized (self, folder, name, (goffset) 64 * 1024 * 1024);
      break;
    case 8:
      {
        g_autoptr(GZlibCompressor) gzip = g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_GZIP, 9);
        char out[4096];
        gsize read, written;

        g_assert (g_converter_convert (G_CONVERTER (gzip), good, strlen (good), out, sizeof out,
                                       G_CONVERTER_INPUT_AT_END, &read, &written, NULL) ==
                  G_CONVERTER_FINISHED);
        add_bad_bytes (self, folder, name, out, (gssize) written);
      }
      break;
    case 9:
      {
        g_autofree char *latin1 = article_xml ("latin-1", "Caf\xe9", "<p>\xff\xfe</p>");

        add_bad_bytes (self, folder, name, latin1, -1);
      }
      break;
    case 10:
      {
        char noise[2048];

        for (guint j = 0; j < sizeof noise; j++)
          noise[j] = (char) ((j * 2654435761u + i) >> 13);
        add_bad_bytes (self, folder, name, noise, sizeof noise);
      }
      break;
    case 11:
      {
        g_autoptr(GString) deep = g_string_new ("<?xml version=\"1.0\"?>\n");

        for (guint j = 0; j < 20000; j++)
          g_string_append (deep, "<p>");
        add_bad_bytes (self, folder, name, deep->str, (gssize) deep->len);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

/**
 * spots_hostile_folder_new:
 * @folder: an empty folder to fill
 * @n_files: how many entries to make in it
 */
SpotsHostileFolder *
spots_hostile_folder_new (const char *folder,
                          guint       n_files)
{
  SpotsHostileFolder *self = g_new0 (SpotsHostileFolder, 1);
  g_autofree char *outside = g_build_filename (folder, "..", "outside-the-folder.xml", NULL);
  g_autofree char *outside_xml = article_xml ("outside", "Outside", "<p>Out.</p>");
  guint special = 0, corpus = 0, broken = 0;

  self->good_ids = g_ptr_array_new_with_free_func (g_free);
  self->good_titles = g_ptr_array_new_with_free_func (g_free);
  self->bad_files = g_ptr_array_new_with_free_func (g_free);
  self->broken_builtin = g_ptr_array_new_with_free_func (g_free);
  self->n_files = n_files;

  g_assert (g_file_set_contents (outside, outside_xml, -1, NULL));

  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *name = NULL;
      g_autofree char *id = NULL;
      g_autofree char *title = NULL;

      if (i < G_N_ELEMENTS (replaced) - 1)
        {
          name = g_strdup_printf ("%s.xml", replaced[i]);
          title = g_strdup_printf ("Replaced %s", replaced[i]);
          add_good (self, folder, name, replaced[i], title);
        }
      else if (broken_replacements[broken] != NULL)
        {
          /* The schema needs a summary: this one has none. */
          g_autofree char *xml = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                                                  "<article " NS " id=\"%s\" "
                                                  "category=\"start-here\">\n"
                                                  "  <title>Broken copy</title>\n"
                                                  "</article>\n", broken_replacements[broken]);

          name = g_strdup_printf ("%s.xml", broken_replacements[broken]);
          add_bad_bytes (self, folder, name, xml, -1);
          g_ptr_array_add (self->broken_builtin, g_strdup (broken_replacements[broken]));
          broken++;
        }
      else if (i % 2 == 0)
        {
          name = g_strdup_printf ("good-%04u.xml", i);
          id = g_strdup_printf ("hostile-good-%04u", i);
          title = g_strdup_printf ("Good page %04u", i);
          add_good (self, folder, name, id, title);
        }
      else if (i % 4 == 1)
        {
          name = g_strdup_printf ("broken-%04u.xml", i);
          add_corpus_copy (self, folder, name, corpus++);
        }
      else
        {
          add_special (self, folder, i, special++);
        }
    }

  return self;
}

void
spots_hostile_folder_free (SpotsHostileFolder *self)
{
  g_ptr_array_unref (self->good_ids);
  g_ptr_array_unref (self->good_titles);
  g_ptr_array_unref (self->bad_files);
  g_ptr_array_unref (self->broken_builtin);
  g_free (self);
}
