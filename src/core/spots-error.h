/* spots-error.h: the one error domain of Skin Spots
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SPOTS_ERROR (spots_error_quark ())

typedef enum
{
  SPOTS_ERROR_IO,           /* the file could not be read */
  SPOTS_ERROR_TOO_LARGE,    /* over the size cap */
  SPOTS_ERROR_REFUSED,      /* a symbolic link out of the content folder, not a regular file */
  SPOTS_ERROR_PARSE,        /* not well-formed XML, not UTF-8, compressed */
  SPOTS_ERROR_FORBIDDEN,    /* DOCTYPE, entities, XInclude: unsafe constructs */
  SPOTS_ERROR_INVALID,      /* does not follow the schema, or empty text */
  SPOTS_ERROR_DUPLICATE_ID, /* two articles with one id in one source */
  SPOTS_ERROR_BAD_LINK,     /* a link to an article or image that does not exist */
  SPOTS_ERROR_UNKNOWN_CATEGORY,
  SPOTS_ERROR_UNSAFE_RULE,  /* a checklist rule that could lower urgency */
  SPOTS_ERROR_NOT_FOUND,    /* an id asked for on the command line does not exist */
  SPOTS_ERROR_BAD_ARGUMENT, /* a malformed command-line value */
  SPOTS_ERROR_SKIPPED,      /* a folder or files not read: another file system, a limit */
} SpotsErrorCode;

GQuark      spots_error_quark          (void);

GError     *spots_error_new_at         (SpotsErrorCode  code,
                                        const char     *file,
                                        guint           line,
                                        guint           column,
                                        const char     *format,
                                        ...) G_GNUC_PRINTF (5, 6);
void        spots_set_error_at         (GError        **error,
                                        SpotsErrorCode  code,
                                        const char     *file,
                                        guint           line,
                                        guint           column,
                                        const char     *format,
                                        ...) G_GNUC_PRINTF (6, 7);

const char *spots_error_get_file       (const GError   *error);
guint       spots_error_get_line       (const GError   *error);
guint       spots_error_get_column     (const GError   *error);
const char *spots_error_get_detail     (const GError   *error);
char       *spots_error_format_problem (const GError   *error);

G_END_DECLS
