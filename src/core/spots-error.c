/* spots-error.c: errors that know where in which file they happened
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every content problem must reach the author as "FILE:LINE:COLUMN: what is
 * wrong", and the command line prints it as "FILE:LINE:COLUMN: error: what is
 * wrong". Rather than parse our own messages back apart, the error domain is
 * an extended GError domain that also carries the location and the bare
 * detail.
 */
#define G_LOG_DOMAIN "spots-error"

#include "config.h"

#include "spots-error.h"

typedef struct
{
  char *file;
  guint line;
  guint column;
  char *detail;
} SpotsErrorPrivate;

static void
spots_error_private_init (SpotsErrorPrivate *priv)
{
  priv->file = NULL;
  priv->line = 0;
  priv->column = 0;
  priv->detail = NULL;
}

static void
spots_error_private_copy (const SpotsErrorPrivate *src,
                          SpotsErrorPrivate       *dest)
{
  dest->file = g_strdup (src->file);
  dest->line = src->line;
  dest->column = src->column;
  dest->detail = g_strdup (src->detail);
}

static void
spots_error_private_clear (SpotsErrorPrivate *priv)
{
  g_clear_pointer (&priv->file, g_free);
  g_clear_pointer (&priv->detail, g_free);
}

G_DEFINE_EXTENDED_ERROR (SpotsError, spots_error)

static GError *
spots_error_new_valist (SpotsErrorCode  code,
                        const char     *file,
                        guint           line,
                        guint           column,
                        const char     *format,
                        va_list         args)
{
  g_autofree char *detail = g_strdup_vprintf (format, args);
  GError *error;
  SpotsErrorPrivate *priv;

  if (file != NULL)
    error = g_error_new (SPOTS_ERROR, code, "%s:%u:%u: %s", file, line, column, detail);
  else
    error = g_error_new_literal (SPOTS_ERROR, code, detail);

  priv = spots_error_get_private (error);
  priv->file = g_strdup (file);
  priv->line = line;
  priv->column = column;
  priv->detail = g_steal_pointer (&detail);

  return error;
}

/**
 * spots_error_new_at:
 * @file: (nullable): the file name as the user gave it; %NULL for errors
 *   that belong to no file (a bad command-line value)
 *
 * Returns: (transfer full): an error whose message reads
 *   "FILE:LINE:COLUMN: DETAIL" (or just "DETAIL" without a file).
 */
GError *
spots_error_new_at (SpotsErrorCode  code,
                    const char     *file,
                    guint           line,
                    guint           column,
                    const char     *format,
                    ...)
{
  va_list args;
  GError *error;

  va_start (args, format);
  error = spots_error_new_valist (code, file, line, column, format, args);
  va_end (args);

  return error;
}

void
spots_set_error_at (GError        **error,
                    SpotsErrorCode  code,
                    const char     *file,
                    guint           line,
                    guint           column,
                    const char     *format,
                    ...)
{
  va_list args;

  if (error == NULL)
    return;

  va_start (args, format);
  g_propagate_error (error, spots_error_new_valist (code, file, line, column, format, args));
  va_end (args);
}

static const SpotsErrorPrivate *
lookup_private (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (error->domain != SPOTS_ERROR)
    return NULL;

  return spots_error_get_private (error);
}

const char *
spots_error_get_file (const GError *error)
{
  const SpotsErrorPrivate *priv = lookup_private (error);

  return priv != NULL ? priv->file : NULL;
}

guint
spots_error_get_line (const GError *error)
{
  const SpotsErrorPrivate *priv = lookup_private (error);

  return priv != NULL ? priv->line : 0;
}

guint
spots_error_get_column (const GError *error)
{
  const SpotsErrorPrivate *priv = lookup_private (error);

  return priv != NULL ? priv->column : 0;
}

/**
 * spots_error_get_detail:
 *
 * Returns: what is wrong, without the location; for errors of other domains,
 *   their message.
 */
const char *
spots_error_get_detail (const GError *error)
{
  const SpotsErrorPrivate *priv = lookup_private (error);

  if (priv != NULL && priv->detail != NULL)
    return priv->detail;

  return error->message;
}

/**
 * spots_error_format_problem:
 *
 * Returns: (transfer full): the error in the command-line format,
 *   "FILE:LINE:COLUMN: error: DETAIL".
 */
char *
spots_error_format_problem (const GError *error)
{
  const char *file = spots_error_get_file (error);

  if (file == NULL)
    return g_strdup_printf ("error: %s", spots_error_get_detail (error));

  return g_strdup_printf ("%s:%u:%u: error: %s",
                          file,
                          spots_error_get_line (error),
                          spots_error_get_column (error),
                          spots_error_get_detail (error));
}
