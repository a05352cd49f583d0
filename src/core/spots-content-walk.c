/* spots-content-walk.c: find the content files in a folder
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A content folder is the user's, or whatever --check-content is given, so
 * the walk must end soon and say what it left out: it goes at most
 * SPOTS_CONTENT_MAX_DEPTH folders down, collects at most
 * SPOTS_CONTENT_MAX_FILES files, never follows a link to a folder, and stays
 * on the file system it started on (`--check-content /` would otherwise
 * walk into /proc, whose files never end). What it does not read is
 * reported, one problem each, in the form of every other problem; a folder
 * inside that cannot be read is one of them, not the end of the walk.
 */
#define G_LOG_DOMAIN "spots-content-walk"

#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>

#include "spots-content-walk-private.h"
#include "spots-error.h"
#include "spots-library.h"

typedef struct
{
  dev_t device;        /* the file system the walk started on */
  gboolean recursive;
  GPtrArray *files;
  GPtrArray *skipped;  /* GError */
  gboolean full;       /* SPOTS_CONTENT_MAX_FILES reached, and reported */
} Walk;

static void
skip (Walk       *walk,
      const char *path,
      const char *format,
      ...) G_GNUC_PRINTF (3, 4);

static void
skip (Walk       *walk,
      const char *path,
      const char *format,
      ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (walk->skipped, spots_error_new_at (SPOTS_ERROR_SKIPPED, path, 1, 1,
                                                      "skipped: %s", reason));
}

static gint
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The error of a system call that just failed, without the path: the
 * caller's message starts with it (GDir's messages would repeat it). */
static void
set_errno_error (GError **error)
{
  int saved_errno = errno;

  g_set_error_literal (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       g_strerror (saved_errno));
}

/* The names in @folder, sorted, hidden ones left out; %NULL with @error. */
static GPtrArray *
list_folder (Walk        *walk,
             const char  *folder,
             GError     **error)
{
  DIR *dir = opendir (folder);
  g_autoptr(GPtrArray) names = NULL;
  struct dirent *entry;

  if (dir == NULL)
    {
      set_errno_error (error);
      return NULL;
    }

  names = g_ptr_array_new_with_free_func (g_free);
  while ((entry = readdir (dir)) != NULL)
    {
      const char *name = entry->d_name;

      if (names->len == SPOTS_CONTENT_MAX_ENTRIES)
        {
          skip (walk, folder, "this folder has more than %d entries; only the first %d "
                "the system listed were looked at", SPOTS_CONTENT_MAX_ENTRIES,
                SPOTS_CONTENT_MAX_ENTRIES);
          break;
        }
      if (name[0] != '.')
        g_ptr_array_add (names, g_strdup (name));
    }
  closedir (dir);
  g_ptr_array_sort (names, compare_strings);

  return g_steal_pointer (&names);
}

static void walk_folder (Walk       *walk,
                         const char *folder,
                         GPtrArray  *names,
                         guint       depth);

static void
enter_folder (Walk        *walk,
              const char  *path,
              struct stat *st,
              guint        depth)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = NULL;

  if (st->st_dev != walk->device)
    {
      skip (walk, path, "this folder is on another file system");
      return;
    }

  if (depth == SPOTS_CONTENT_MAX_DEPTH)
    {
      skip (walk, path, "folders more than %d levels down are not read",
            SPOTS_CONTENT_MAX_DEPTH);
      return;
    }

  names = list_folder (walk, path, &error);
  if (names == NULL)
    {
      if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_ACCES) ||
          g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_PERM))
        skip (walk, path, "no permission to read this folder");
      else
        skip (walk, path, "the folder cannot be read");
      return;
    }

  walk_folder (walk, path, names, depth + 1);
}

/**
 * spots_content_is_file_name:
 *
 * Returns: whether a file of this name, in a content folder or the built-in
 *   content, is read as content.
 */
gboolean
spots_content_is_file_name (const char *name)
{
  /* GNOME packaging files are XML too, but never content. */
  static const char * const not_content[] = {
    ".gschema.xml", ".gresource.xml", ".metainfo.xml", ".appdata.xml", NULL
  };

  if (name[0] == '.' || !g_str_has_suffix (name, ".xml"))
    return FALSE;

  for (guint i = 0; not_content[i] != NULL; i++)
    if (g_str_has_suffix (name, not_content[i]))
      return FALSE;

  return TRUE;
}

static void
walk_folder (Walk       *walk,
             const char *folder,
             GPtrArray  *names,
             guint       depth)
{
  for (guint i = 0; i < names->len && !walk->full; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *path = g_build_filename (folder, name, NULL);
      struct stat st;

      /* Something that vanished since the listing is simply not there. */
      if (lstat (path, &st) != 0)
        continue;

      if (S_ISDIR (st.st_mode))
        {
          if (walk->recursive)
            enter_folder (walk, path, &st, depth);
          continue;
        }

      if (!spots_content_is_file_name (name))
        {
          if (walk->recursive && S_ISLNK (st.st_mode) && stat (path, &st) == 0 &&
              S_ISDIR (st.st_mode))
            skip (walk, path, "links to folders are not followed");
          continue;
        }

      if (walk->files->len == SPOTS_CONTENT_MAX_FILES)
        {
          skip (walk, path, "more than %d content files; this one and those after it "
                "were not read", SPOTS_CONTENT_MAX_FILES);
          walk->full = TRUE;
          continue;
        }

      /* Links, FIFOs and devices too: the reader refuses what it must, and
       * says so, file by file. */
      g_ptr_array_add (walk->files, g_steal_pointer (&path));
    }
}

/**
 * spots_content_walk:
 * @folder: the folder to look in
 * @recursive: whether to look in its sub-folders too
 * @files: (element-type filename): receives the content files, in name
 *   order, each sub-folder's where its name comes
 * @skipped: (element-type GError): receives one problem per folder or file
 *   not read, "PATH:1:1: skipped: why"
 *
 * Returns: %FALSE with @error set (a #GFileError) if @folder itself cannot
 *   be listed.
 */
gboolean
spots_content_walk (const char  *folder,
                    gboolean     recursive,
                    GPtrArray   *files,
                    GPtrArray   *skipped,
                    GError     **error)
{
  Walk walk = { 0, recursive, files, skipped, FALSE };
  g_autoptr(GPtrArray) names = NULL;
  struct stat st;

  if (stat (folder, &st) != 0)
    {
      set_errno_error (error);
      return FALSE;
    }
  walk.device = st.st_dev;

  names = list_folder (&walk, folder, error);
  if (names == NULL)
    return FALSE;

  walk_folder (&walk, folder, names, 0);
  return TRUE;
}

/**
 * spots_content_folder_has_files:
 * @folder: a folder to look in, not below
 * @has_files: (out): whether it holds anything spots_content_walk() would
 *   give as a content file
 *
 * Stops at the first one: checking a --content-dir before the program
 * starts must not read the whole folder that the loader reads again.
 *
 * Returns: %FALSE with @error set (a #GFileError) if @folder cannot be
 *   listed.
 */
gboolean
spots_content_folder_has_files (const char  *folder,
                                gboolean    *has_files,
                                GError     **error)
{
  DIR *dir = opendir (folder);
  struct dirent *entry;

  *has_files = FALSE;
  if (dir == NULL)
    {
      set_errno_error (error);
      return FALSE;
    }

  while (!*has_files && (entry = readdir (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      struct stat st;

      if (!spots_content_is_file_name (entry->d_name))
        continue;

      path = g_build_filename (folder, entry->d_name, NULL);
      *has_files = lstat (path, &st) == 0 && !S_ISDIR (st.st_mode);
    }
  closedir (dir);

  return TRUE;
}
