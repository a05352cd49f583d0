/* spots-library.c: every article, from every content source
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sources are loaded in order of precedence, lowest first: the content built
 * into the program, then $XDG_DATA_DIRS, $XDG_DATA_HOME, and --content-dir
 * folders. An article from a later source replaces one with the same id, so
 * a user can correct or translate a page without rebuilding.
 *
 * Each file is checked on its own as it is read, and a bad file is skipped.
 * Checks that need the whole set (categories, cross-links) run once in
 * spots_library_finish(). Every problem is kept, as a GError whose message
 * reads FILE:LINE:COLUMN: what is wrong.
 */
#define G_LOG_DOMAIN "spots-library"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "spots-article-private.h"
#include "spots-content-loader-private.h"
#include "spots-content-walk-private.h"
#include "spots-core.h"
#include "spots-error.h"
#include "spots-library.h"
#include "spots-plain-text.h"

struct _SpotsLibrary
{
  GObject parent_instance;

  GHashTable *by_id;           /* id -> SpotsArticle, after finish: only good ones */
  GPtrArray *ids;              /* ids in the order first seen: deterministic output */
  GPtrArray *category_order;   /* SpotsCategory without articles, display order */
  GListStore *categories;      /* built by finish */
  GListStore *articles;        /* built by finish, in category order */
  GHashTable *category_by_id;  /* built by finish */
  GPtrArray *problems;         /* GError */
  SpotsChecklist *checklist;   /* the latest source's, if any */
};

G_DEFINE_FINAL_TYPE (SpotsLibrary, spots_library, G_TYPE_OBJECT)

/* One source being read: articles are only merged when the source is done,
 * so that duplicate ids within a source can be told from overrides. */
typedef struct
{
  SpotsLibrary *library;
  GHashTable *seen_ids;  /* id -> display name, within this source */
} SourceScan;

static void
spots_library_finalize (GObject *object)
{
  SpotsLibrary *self = SPOTS_LIBRARY (object);

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->ids, g_ptr_array_unref);
  g_clear_pointer (&self->category_order, g_ptr_array_unref);
  g_clear_object (&self->categories);
  g_clear_object (&self->articles);
  g_clear_pointer (&self->category_by_id, g_hash_table_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_object (&self->checklist);

  G_OBJECT_CLASS (spots_library_parent_class)->finalize (object);
}

static void
spots_library_class_init (SpotsLibraryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = spots_library_finalize;
}

static void
spots_library_init (SpotsLibrary *self)
{
  self->by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->ids = g_ptr_array_new_with_free_func (g_free);
  self->category_order = g_ptr_array_new_with_free_func (g_object_unref);
  self->categories = g_list_store_new (SPOTS_TYPE_CATEGORY);
  self->articles = g_list_store_new (SPOTS_TYPE_ARTICLE);
  self->category_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
}

SpotsLibrary *
spots_library_new (void)
{
  spots_core_init ();

  return g_object_new (SPOTS_TYPE_LIBRARY, NULL);
}

static void
add_problem (SpotsLibrary *self,
             GError       *error)
{
  g_ptr_array_add (self->problems, error);
}

static void
merge_categories (SpotsLibrary *self,
                  GPtrArray    *categories)
{
  for (guint i = 0; i < categories->len; i++)
    {
      SpotsCategory *incoming = g_ptr_array_index (categories, i);
      gboolean replaced = FALSE;

      for (guint j = 0; j < self->category_order->len; j++)
        {
          SpotsCategory *known = g_ptr_array_index (self->category_order, j);

          if (g_strcmp0 (spots_category_get_id (known), spots_category_get_id (incoming)) == 0)
            {
              spots_category_set_text (known, spots_category_get_title (incoming),
                                       spots_category_get_summary (incoming));
              replaced = TRUE;
              break;
            }
        }

      if (!replaced)
        g_ptr_array_add (self->category_order, g_object_ref (incoming));
    }
}

static void
add_article (SourceScan   *scan,
             SpotsArticle *article)
{
  SpotsLibrary *self = scan->library;
  const char *id = spots_article_get_id (article);
  const char *earlier = g_hash_table_lookup (scan->seen_ids, id);

  if (earlier != NULL)
    {
      guint line, column;

      spots_article_get_position (article, &line, &column);
      add_problem (self, spots_error_new_at (SPOTS_ERROR_DUPLICATE_ID,
                                             spots_article_get_source_file (article),
                                             line, column,
                                             "the id \"%s\" is already used by %s",
                                             id, earlier));
      return;
    }
  g_hash_table_insert (scan->seen_ids, g_strdup (id),
                       g_strdup (spots_article_get_source_file (article)));

  if (!g_hash_table_contains (self->by_id, id))
    g_ptr_array_add (self->ids, g_strdup (id));
  g_hash_table_replace (self->by_id, g_strdup (id), g_object_ref (article));
}

/* Adds what one file holds. */
static void
add_content (SourceScan       *scan,
             SpotsContentFile *file)
{
  SpotsLibrary *self = scan->library;

  if (file->error != NULL)
    add_problem (self, g_steal_pointer (&file->error));
  else if (file->article != NULL)
    add_article (scan, file->article);
  else if (file->categories != NULL)
    merge_categories (self, file->categories);
  /* A broken checklist is reported; the one from before stays. */
  else if (file->checklist != NULL)
    g_set_object (&self->checklist, file->checklist);
}

static gint
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/**
 * spots_library_load_resource:
 *
 * Loads the content compiled into the program under @resource_path.
 */
void
spots_library_load_resource (SpotsLibrary *self,
                             const char   *resource_path)
{
  g_auto(GStrv) names = NULL;
  g_autofree char *images_uri = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  SourceScan scan = { self, seen };

  g_return_if_fail (SPOTS_IS_LIBRARY (self));

  names = g_resources_enumerate_children (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (names == NULL)
    return;

  qsort (names, g_strv_length (names), sizeof (char *), compare_strings);
  images_uri = g_strconcat ("resource://", resource_path, "/images", NULL);

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *path = NULL;
      g_autofree char *display_name = NULL;
      g_autoptr(GBytes) bytes = NULL;

      if (!spots_content_is_file_name (names[i]))
        continue;

      path = g_strconcat (resource_path, "/", names[i], NULL);
      display_name = g_strconcat ("resource://", path, NULL);
      bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      if (bytes != NULL)
        {
          SpotsContentFile file = { NULL };

          spots_content_file_read_bytes (&file, display_name, bytes, images_uri);
          add_content (&scan, &file);
          spots_content_file_clear (&file);
        }
    }
}

/* Reads @paths (perhaps on several threads) and adds them in order. */
static void
load_files (SourceScan *scan,
            GPtrArray  *paths,
            const char *confine_to,
            GPtrArray  *file_names)
{
  SpotsContentFile *files = spots_content_files_read (paths, confine_to);

  for (guint i = 0; i < paths->len; i++)
    {
      add_content (scan, &files[i]);
      if (file_names != NULL)
        g_ptr_array_add (file_names, g_strdup (files[i].name));
    }

  spots_content_files_free (files, paths->len);
}

/* Inside the Flatpak sandbox the host's files are not there at all: a path
 * given on the command line is "missing". Say why, and where articles go. */
static const char *
sandbox_hint (void)
{
  if (!g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    return "";

  return "; Skin Spots runs in a Flatpak sandbox and sees none of your files: put articles "
         "in ~/.var/app/" APPLICATION_ID "/data/skin-spots/content/";
}

/* A path as long as a whole argument can be is not a path anyone will
 * read in a message: its start is enough. */
#define MAX_SHOWN_PATH 1024

static void
set_path_error (GError     **error,
                const char  *path,
                GError      *cause)
{
  g_autofree char *shown = strlen (path) > MAX_SHOWN_PATH ? spots_plain_text_shorten (path)
                                                          : g_strdup (path);

  if (cause == NULL || g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, "%s: no such file or folder%s",
                 shown, sandbox_hint ());
  else if (g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_ACCES) ||
           g_error_matches (cause, G_FILE_ERROR, G_FILE_ERROR_PERM))
    g_set_error (error, cause->domain, cause->code,
                 "%s: no permission to read this folder%s", shown, sandbox_hint ());
  else
    g_set_error (error, cause->domain, cause->code, "%s: the folder cannot be read (%s)%s",
                 shown, cause->message, sandbox_hint ());
}

/* A folder someone named that holds nothing to read is a mistake worth a
 * message: a wrong path, or articles not yet saved as *.xml. */
static void
set_empty_folder_error (GError     **error,
                        const char  *folder,
                        gboolean     recursive)
{
  g_set_error (error, SPOTS_ERROR, SPOTS_ERROR_NOT_FOUND,
               recursive ? "%s: no content files (*.xml) in this folder or below"
                         : "%s: no content files (*.xml) in this folder", folder);
}

/**
 * spots_library_check_folder:
 * @path: a folder given as --content-dir
 *
 * Returns: %FALSE with @error set if @path is not a folder that can be
 *   read and holds at least one content file.
 */
gboolean
spots_library_check_folder (const char  *path,
                            GError     **error)
{
  g_autoptr(GError) list_error = NULL;
  gboolean has_files;

  g_return_val_if_fail (path != NULL, FALSE);

  if (!spots_content_folder_has_files (path, &has_files, &list_error))
    {
      set_path_error (error, path, list_error);
      return FALSE;
    }

  if (!has_files)
    {
      set_empty_folder_error (error, path, FALSE);
      return FALSE;
    }

  return TRUE;
}

static gboolean
load_folder (SourceScan  *scan,
             const char  *folder,
             gboolean     recursive,
             GPtrArray   *file_names,
             GError     **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) skipped = g_ptr_array_new ();
  g_autoptr(GError) walk_error = NULL;

  if (!spots_content_walk (folder, recursive, files, skipped, &walk_error))
    {
      set_path_error (error, folder, walk_error);
      return FALSE;
    }

  /* A folder named on the command line (read in depth) that held nothing
   * is said so; a data folder without content is simply empty. */
  if (recursive && files->len == 0 && skipped->len == 0)
    {
      set_empty_folder_error (error, folder, recursive);
      return FALSE;
    }

  load_files (scan, files, folder, file_names);

  /* What was not read is reported after what was, for this source. */
  for (guint i = 0; i < skipped->len; i++)
    {
      GError *problem = g_ptr_array_index (skipped, i);

      if (file_names != NULL)
        g_ptr_array_add (file_names, g_strdup (spots_error_get_file (problem)));
      add_problem (scan->library, problem);
    }
  return TRUE;
}

/**
 * spots_library_load_directory:
 * @path: a content folder: its *.xml files, with images in images/
 *
 * Returns: %FALSE with @error set if the folder cannot be read at all
 *   (%G_FILE_ERROR_NOENT if it does not exist). Problems with single files
 *   are not errors: they are kept in the problem list.
 */
gboolean
spots_library_load_directory (SpotsLibrary  *self,
                              const char    *path,
                              GError       **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  SourceScan scan = { self, seen };

  g_return_val_if_fail (SPOTS_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return load_folder (&scan, path, FALSE, NULL, error);
}

/**
 * spots_library_load_paths:
 * @paths: files and folders, as one source; folders are searched in depth
 * @file_names: (nullable) (element-type utf8): receives the name of every
 *   content file read, as used in problem messages
 *
 * This is what --check-content reads.
 *
 * Returns: %FALSE with @error set if a path does not exist or cannot be
 *   listed.
 */
gboolean
spots_library_load_paths (SpotsLibrary       *self,
                          const char * const *paths,
                          GPtrArray          *file_names,
                          GError            **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  SourceScan scan = { self, seen };

  g_return_val_if_fail (SPOTS_IS_LIBRARY (self), FALSE);
  g_return_val_if_fail (paths != NULL, FALSE);

  for (guint i = 0; paths[i] != NULL; i++)
    {
      if (g_file_test (paths[i], G_FILE_TEST_IS_DIR))
        {
          if (!load_folder (&scan, paths[i], TRUE, file_names, error))
            return FALSE;
        }
      else if (g_file_test (paths[i], G_FILE_TEST_EXISTS) ||
               g_file_test (paths[i], G_FILE_TEST_IS_SYMLINK))
        {
          g_autoptr(GPtrArray) one = g_ptr_array_new ();

          g_ptr_array_add (one, (gpointer) paths[i]);
          load_files (&scan, one, NULL, file_names);
        }
      else
        {
          set_path_error (error, paths[i], NULL);
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
link_resolves (SpotsLibrary     *self,
               SpotsArticleLink *link)
{
  SpotsArticle *target = g_hash_table_lookup (self->by_id, link->target);

  if (target == NULL)
    return FALSE;

  return link->section == NULL || spots_article_has_section (target, link->section);
}

/* A question that points to an article that does not exist keeps its
 * place, without the link. */
static void
check_question_articles (SpotsLibrary *self)
{
  GListModel *questions = spots_checklist_get_questions (self->checklist);

  for (guint i = 0; i < g_list_model_get_n_items (questions); i++)
    {
      g_autoptr(SpotsChecklistQuestion) question = g_list_model_get_item (questions, i);
      const char *article = spots_checklist_question_get_article (question);

      if (article == NULL || g_hash_table_contains (self->by_id, article))
        continue;

      add_problem (self, spots_error_new_at (SPOTS_ERROR_BAD_LINK,
                                             spots_checklist_get_source_file (self->checklist),
                                             1, 1,
                                             "question \"%s\" points to the article \"%s\", "
                                             "which does not exist",
                                             spots_checklist_question_get_id (question), article));
      spots_checklist_question_set_article (question, NULL);
    }
}

/**
 * spots_library_finish:
 *
 * Runs the checks that need every source: each article's category must
 * exist (or the article is left out), and each link must lead somewhere (or
 * it becomes plain text). Then builds the category and article lists.
 */
void
spots_library_finish (SpotsLibrary *self)
{
  g_return_if_fail (SPOTS_IS_LIBRARY (self));

  g_list_store_remove_all (self->categories);
  g_list_store_remove_all (self->articles);
  g_hash_table_remove_all (self->category_by_id);

  for (guint i = 0; i < self->category_order->len; i++)
    {
      SpotsCategory *template = g_ptr_array_index (self->category_order, i);
      g_autoptr(SpotsCategory) category =
        spots_category_new (spots_category_get_id (template),
                            spots_category_get_title (template),
                            spots_category_get_summary (template));

      g_list_store_append (self->categories, category);
      g_hash_table_insert (self->category_by_id,
                           (gpointer) spots_category_get_id (category), category);
    }

  /* Categories first: an article without one is not kept, and links to it
   * must then be reported too. */
  for (guint i = 0; i < self->ids->len; i++)
    {
      const char *id = g_ptr_array_index (self->ids, i);
      SpotsArticle *article = g_hash_table_lookup (self->by_id, id);
      SpotsCategory *category;

      if (article == NULL)
        continue;

      category = g_hash_table_lookup (self->category_by_id,
                                      spots_article_get_category_id (article));
      if (category == NULL)
        {
          guint line, column;

          spots_article_get_position (article, &line, &column);
          add_problem (self, spots_error_new_at (SPOTS_ERROR_UNKNOWN_CATEGORY,
                                                 spots_article_get_source_file (article),
                                                 line, column,
                                                 "unknown category \"%s\"; categories are "
                                                 "listed in categories.xml",
                                                 spots_article_get_category_id (article)));
          g_hash_table_remove (self->by_id, id);
          continue;
        }

      spots_category_add_article (category, article);
    }

  for (guint i = 0; i < self->ids->len; i++)
    {
      SpotsArticle *article = g_hash_table_lookup (self->by_id, g_ptr_array_index (self->ids, i));
      GArray *links;

      if (article == NULL)
        continue;

      links = spots_article_get_links (article);
      for (guint j = 0; j < links->len; j++)
        {
          SpotsArticleLink *link = &g_array_index (links, SpotsArticleLink, j);

          if (link->reported || link_resolves (self, link))
            continue;

          add_problem (self, spots_article_new_link_error (article, link));
          link->reported = TRUE;
          spots_article_drop_link (article, link);
        }
    }

  if (self->checklist != NULL)
    check_question_articles (self);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->categories)); i++)
    {
      g_autoptr(SpotsCategory) category =
        g_list_model_get_item (G_LIST_MODEL (self->categories), i);
      GListModel *articles = spots_category_get_articles (category);

      for (guint j = 0; j < g_list_model_get_n_items (articles); j++)
        {
          g_autoptr(SpotsArticle) article = g_list_model_get_item (articles, j);

          g_list_store_append (self->articles, article);
        }
    }
}

static gboolean
load_data_dir (SpotsLibrary *self,
               const char   *data_dir)
{
  g_autofree char *path = g_build_filename (data_dir, "skin-spots", "content", NULL);
  g_autoptr(GError) error = NULL;

  if (!spots_library_load_directory (self, path, &error) &&
      !g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      g_warning ("%s", error->message);
      return FALSE;
    }

  return TRUE;
}

/**
 * spots_library_new_builtin:
 *
 * Returns: (transfer full): a library of the built-in content only: what
 *   the window shows while the rest loads (see spots_library_has_more()).
 */
SpotsLibrary *
spots_library_new_builtin (void)
{
  SpotsLibrary *self = spots_library_new ();

  spots_library_load_resource (self, SPOTS_BUILTIN_CONTENT);
  spots_library_finish (self);

  return self;
}

static gboolean
has_content_folder (const char *data_dir)
{
  g_autofree char *path = g_build_filename (data_dir, "skin-spots", "content", NULL);

  return g_file_test (path, G_FILE_TEST_IS_DIR);
}

/**
 * spots_library_has_more:
 * @content_dirs: (nullable): extra folders from --content-dir
 *
 * Returns: whether spots_library_new_default() would read anything beyond
 *   the built-in content: a --content-dir or a content folder in a data
 *   folder.
 */
gboolean
spots_library_has_more (const char * const *content_dirs)
{
  const char * const *system_dirs = g_get_system_data_dirs ();

  if (content_dirs != NULL && content_dirs[0] != NULL)
    return TRUE;
  if (has_content_folder (g_get_user_data_dir ()))
    return TRUE;
  for (guint i = 0; system_dirs[i] != NULL; i++)
    if (has_content_folder (system_dirs[i]))
      return TRUE;

  return FALSE;
}

/**
 * spots_library_new_default:
 * @content_dirs: (nullable): extra folders from --content-dir, in order
 *
 * Loads every source in order of precedence and finishes the library.
 *
 * Returns: (transfer full) (nullable): the library, or %NULL with @error set
 *   if a folder given in @content_dirs cannot be read. Problems with single
 *   files are in spots_library_get_problems().
 */
SpotsLibrary *
spots_library_new_default (const char * const  *content_dirs,
                           GError              **error)
{
  g_autoptr(SpotsLibrary) self = spots_library_new ();
  const char * const *system_dirs = g_get_system_data_dirs ();
  int n_system = (int) g_strv_length ((char **) system_dirs);

  spots_library_load_resource (self, SPOTS_BUILTIN_CONTENT);

  /* The first system folder is the most important, so it is read last. */
  for (int i = n_system - 1; i >= 0; i--)
    load_data_dir (self, system_dirs[i]);

  load_data_dir (self, g_get_user_data_dir ());

  for (guint i = 0; content_dirs != NULL && content_dirs[i] != NULL; i++)
    {
      if (!spots_library_load_directory (self, content_dirs[i], error))
        return NULL;
    }

  spots_library_finish (self);

  return g_steal_pointer (&self);
}

/**
 * spots_library_get_categories:
 *
 * Returns: (transfer none): a #GListModel of #SpotsCategory, in display order.
 */
GListModel *
spots_library_get_categories (SpotsLibrary *self)
{
  g_return_val_if_fail (SPOTS_IS_LIBRARY (self), NULL);
  return G_LIST_MODEL (self->categories);
}

/**
 * spots_library_get_articles:
 *
 * Returns: (transfer none): a #GListModel of every #SpotsArticle, in
 *   category order.
 */
GListModel *
spots_library_get_articles (SpotsLibrary *self)
{
  g_return_val_if_fail (SPOTS_IS_LIBRARY (self), NULL);
  return G_LIST_MODEL (self->articles);
}

/**
 * spots_library_lookup:
 *
 * Returns: (nullable) (transfer none): the article with this id.
 */
SpotsArticle *
spots_library_lookup (SpotsLibrary *self,
                      const char   *id)
{
  g_return_val_if_fail (SPOTS_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

/**
 * spots_library_lookup_category:
 *
 * Returns: (nullable) (transfer none): the category with this id.
 */
SpotsCategory *
spots_library_lookup_category (SpotsLibrary *self,
                               const char   *id)
{
  g_return_val_if_fail (SPOTS_IS_LIBRARY (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->category_by_id, id);
}

/**
 * spots_library_get_problems:
 *
 * Returns: (transfer none) (element-type GError): every problem found, in
 *   the order found; each message reads FILE:LINE:COLUMN: what is wrong.
 */
GPtrArray *
spots_library_get_problems (SpotsLibrary *self)
{
  g_return_val_if_fail (SPOTS_IS_LIBRARY (self), NULL);
  return self->problems;
}

/**
 * spots_library_get_checklist:
 *
 * Returns: (nullable) (transfer none): the red-flag checklist, from the
 *   last source that has a valid one.
 */
SpotsChecklist *
spots_library_get_checklist (SpotsLibrary *self)
{
  g_return_val_if_fail (SPOTS_IS_LIBRARY (self), NULL);
  return self->checklist;
}
