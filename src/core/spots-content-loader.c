/* spots-content-loader.c: read content files into model objects
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Reading, parsing, validating and building one file needs nothing from the
 * others, and is nearly all the time a large content folder takes to load.
 * So a folder's files are read on two threads, each taking the next file
 * not yet taken, into a result per file; the library then merges the
 * results in file order, which keeps precedence and the order of problems
 * exactly as if the files had been read one after the other.
 *
 * This is safe with libxml2 2.9.14 because spots_core_init() runs
 * xmlInitParser() and installs the external entity loader on the main
 * thread before any worker starts; every parse has its own parser context
 * and dictionary, and our SAX hooks and entity loader find their parse
 * through a thread-local pointer; libxml2 keeps the generic error handler
 * per thread; the compiled RELAX NG schema is only read while validating,
 * and each validation has its own context.
 */
#define G_LOG_DOMAIN "spots-content-loader"

#include "config.h"

#include "spots-content-loader-private.h"
#include "spots-content-parser-private.h"
#include "spots-core.h"

/* Two cores are what the smallest machines we load large folders on have;
 * more threads would mostly add memory held by documents in flight. */
#define MAX_THREADS 2

/**
 * spots_content_file_read_bytes:
 * @name: the file name to use in messages
 * @bytes: the whole file
 * @images_uri: the folder, as a URI, where the file's images are
 *
 * Parses @bytes of any kind of content file into @file.
 */
void
spots_content_file_read_bytes (SpotsContentFile *file,
                               const char       *name,
                               GBytes           *bytes,
                               const char       *images_uri)
{
  g_autoptr(SpotsXmlDocument) document = NULL;
  xmlNode *root;

  file->name = g_strdup (name);

  document = spots_xml_document_parse (name, bytes, &file->error);
  if (document == NULL)
    return;

  root = spots_xml_document_get_root (document);

  /* Unsafe rules get their own explanation, before the schema's. */
  if ((spots_xml_is (root, "checklist") && !spots_checklist_check_safety (document, &file->error)) ||
      !spots_xml_document_validate (document, &file->error))
    return;

  if (spots_xml_is (root, "article"))
    file->article = spots_article_parse (document, images_uri, &file->error);
  else if (spots_xml_is (root, "categories"))
    file->categories = spots_categories_parse (document, &file->error);
  else if (spots_xml_is (root, "checklist"))
    file->checklist = spots_checklist_parse (document, images_uri, &file->error);
}

static void
read_file (SpotsContentFile *file,
           const char       *path,
           const char       *confine_to)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *folder = g_path_get_dirname (path);
  g_autofree char *images = g_build_filename (folder, "images", NULL);
  g_autoptr(GFile) images_file = g_file_new_for_path (images);
  g_autofree char *images_uri = g_file_get_uri (images_file);

  bytes = spots_content_read_file (path, path, confine_to, &file->error);
  if (bytes == NULL)
    {
      file->name = g_strdup (path);
      return;
    }

  spots_content_file_read_bytes (file, path, bytes, images_uri);
}

typedef struct
{
  GPtrArray *paths;
  const char *confine_to;
  SpotsContentFile *files;
  guint next;                /* atomic: the next file nobody has taken */
} Batch;

static gpointer
read_batch (gpointer data)
{
  Batch *batch = data;
  guint i;

  while ((i = (guint) g_atomic_int_add (&batch->next, 1)) < batch->paths->len)
    read_file (&batch->files[i], g_ptr_array_index (batch->paths, i), batch->confine_to);

  return NULL;
}

/**
 * spots_content_files_read:
 * @paths: (element-type filename): the files to read
 * @confine_to: (nullable): a folder the files must really be inside
 *
 * Returns: (transfer full): one result per path, in the same order; free
 *   with spots_content_files_free().
 */
SpotsContentFile *
spots_content_files_read (GPtrArray  *paths,
                          const char *confine_to)
{
  Batch batch = { paths, confine_to, g_new0 (SpotsContentFile, MAX (paths->len, 1)), 0 };
  GThread *threads[MAX_THREADS - 1] = { NULL };
  guint n_threads = MIN (MIN ((guint) g_get_num_processors (), MAX_THREADS), paths->len);

  /* Everything libxml2 sets up once happens here, on this thread. */
  spots_core_init ();
  spots_xml_schema_prepare ();

  /* If a thread cannot be started, this one reads its share. */
  for (guint i = 1; i < n_threads; i++)
    threads[i - 1] = g_thread_try_new ("spots-loader", read_batch, &batch, NULL);

  read_batch (&batch);

  for (guint i = 1; i < n_threads; i++)
    if (threads[i - 1] != NULL)
      g_thread_join (threads[i - 1]);

  return batch.files;
}

void
spots_content_file_clear (SpotsContentFile *file)
{
  g_clear_pointer (&file->name, g_free);
  g_clear_error (&file->error);
  g_clear_object (&file->article);
  g_clear_pointer (&file->categories, g_ptr_array_unref);
  g_clear_object (&file->checklist);
}

void
spots_content_files_free (SpotsContentFile *files,
                          guint             n_files)
{
  for (guint i = 0; i < n_files; i++)
    spots_content_file_clear (&files[i]);
  g_free (files);
}
