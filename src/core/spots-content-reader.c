/* spots-content-reader.c: read content files from disk, carefully
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * libxml2 must never open files itself (it would follow any path, and
 * silently gunzip), so we read them: regular files only (a FIFO would hang
 * us), never through a symbolic link that leads out of the content folder,
 * and never more than the size cap.
 */
#define G_LOG_DOMAIN "spots-content-reader"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "spots-content-parser-private.h"
#include "spots-error.h"

static gboolean
is_inside (const char *path,
           const char *folder)
{
  gsize len = strlen (folder);

  if (strcmp (folder, "/") == 0)
    return TRUE;

  return strncmp (path, folder, len) == 0 && (path[len] == '/' || path[len] == '\0');
}

/* A file straight inside @folder that is not a link is inside it, wherever
 * the folder really is: no need to resolve both, which took five system
 * calls per file. */
static gboolean
is_plainly_inside (const char *path,
                   const char *folder)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  struct stat st;

  return strcmp (dir, folder) == 0 && strcmp (base, ".") != 0 && strcmp (base, "..") != 0 &&
         lstat (path, &st) == 0 && !S_ISLNK (st.st_mode);
}

/**
 * spots_content_read_file:
 * @path: the file to read
 * @display_name: the name to use in messages
 * @confine_to: (nullable): a folder the file must really be inside, after
 *   following symbolic links
 *
 * Returns: (transfer full) (nullable): the file's bytes, or %NULL with
 *   @error set to "FILE:1:1: what is wrong".
 */
GBytes *
spots_content_read_file (const char  *path,
                         const char  *display_name,
                         const char  *confine_to,
                         GError     **error)
{
  g_autofree char *buffer = NULL;
  struct stat st;
  gsize total = 0;
  gsize size;
  int flags = O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  /* O_NOFOLLOW: should the file become a link after the check, it is not
   * followed. */
  if (confine_to != NULL && is_plainly_inside (path, confine_to))
    {
      flags |= O_NOFOLLOW;
    }
  else if (confine_to != NULL)
    {
      g_autofree char *real_folder = realpath (confine_to, NULL);
      g_autofree char *real_path = realpath (path, NULL);

      if (real_folder == NULL || real_path == NULL)
        {
          spots_set_error_at (error, SPOTS_ERROR_IO, display_name, 1, 1,
                              "cannot be read: %s", g_strerror (errno));
          return NULL;
        }

      if (!is_inside (real_path, real_folder))
        {
          spots_set_error_at (error, SPOTS_ERROR_REFUSED, display_name, 1, 1,
                              "refused: this is a link to %s, outside the content folder",
                              real_path);
          return NULL;
        }
    }

  fd = g_open (path, flags, 0);
  if (fd < 0)
    {
      spots_set_error_at (error, SPOTS_ERROR_IO, display_name, 1, 1,
                          "cannot be read: %s", g_strerror (errno));
      return NULL;
    }

  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      spots_set_error_at (error, SPOTS_ERROR_REFUSED, display_name, 1, 1,
                          "refused: not a regular file");
      close (fd);
      return NULL;
    }

  if (st.st_size > SPOTS_CONTENT_MAX_BYTES)
    {
      spots_set_error_at (error, SPOTS_ERROR_TOO_LARGE, display_name, 1, 1,
                          "the file is %" G_GINT64_FORMAT " bytes; content files may be at "
                          "most %d bytes", (gint64) st.st_size, SPOTS_CONTENT_MAX_BYTES);
      close (fd);
      return NULL;
    }

  /* Size the buffer from fstat, with one byte more so that a file that
   * grew since is noticed; only then grow to one byte past the cap. A fixed
   * 1 MiB buffer per file cost an mmap and page faults for every article. */
  size = (gsize) st.st_size + 1;
  buffer = g_malloc (size);
  while (total <= SPOTS_CONTENT_MAX_BYTES)
    {
      gssize n;

      if (total == size)
        {
          size = SPOTS_CONTENT_MAX_BYTES + 1;
          buffer = g_realloc (buffer, size);
        }

      n = read (fd, buffer + total, size - total);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          spots_set_error_at (error, SPOTS_ERROR_IO, display_name, 1, 1,
                              "cannot be read: %s", g_strerror (errno));
          close (fd);
          return NULL;
        }
      if (n == 0)
        break;
      total += (gsize) n;
    }
  close (fd);

  if (total > SPOTS_CONTENT_MAX_BYTES)
    {
      spots_set_error_at (error, SPOTS_ERROR_TOO_LARGE, display_name, 1, 1,
                          "the file is larger than %d bytes, the limit for content files",
                          SPOTS_CONTENT_MAX_BYTES);
      return NULL;
    }

  if (total + 1 < size)
    buffer = g_realloc (buffer, MAX (total, 1));

  return g_bytes_new_take (g_steal_pointer (&buffer), total);
}

/**
 * spots_content_resolve_image:
 * @images_uri: the images folder, as a file:// or resource:// URI
 * @src: a file name from <figure src>; the schema allows no slashes
 *
 * Returns: (transfer full) (nullable): the image's URI if it exists.
 */
char *
spots_content_resolve_image (const char *images_uri,
                             const char *src)
{
  g_autofree char *uri = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;

  if (images_uri == NULL || src == NULL || strchr (src, '/') != NULL)
    return NULL;

  uri = g_strconcat (images_uri, "/", src, NULL);
  file = g_file_new_for_uri (uri);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            NULL, NULL);

  if (info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    return NULL;

  return g_steal_pointer (&uri);
}
