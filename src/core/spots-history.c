/* spots-history.c: the places a window has shown, with Back and Forward
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Theory. Places live in a list with a cursor on the one shown. Going
 * somewhere new drops whatever lay ahead of the cursor and appends the new
 * place; Back and Forward only move the cursor. So Back always undoes the
 * last move, whatever made it (sidebar, link, button, command line).
 *
 * Some moves are not moves, so that Back does not have to be pressed twice:
 * - a link to the top of the article being read at its top stays;
 * - the checklist, the content problems and the home page, asked for while
 *   shown, stay (the checklist keeps the walk where it is);
 * - a search while a search is shown replaces it: typing changes the query
 *   letter by letter, and one Back leaves the search.
 * A link to a section of the article being read is a move: Back returns to
 * where the reader was.
 */
#define G_LOG_DOMAIN "spots-history"

#include "config.h"

#include "spots-history.h"

struct _SpotsHistory
{
  GObject parent_instance;

  GPtrArray *places;   /* SpotsPlace */
  guint cursor;        /* index into places, when there are any */
};

enum
{
  PROP_0,
  PROP_CURRENT,
  PROP_CAN_GO_BACK,
  PROP_CAN_GO_FORWARD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (SpotsHistory, spots_history, G_TYPE_OBJECT)

static void
spots_history_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SpotsHistory *self = SPOTS_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CURRENT:
      g_value_set_object (value, spots_history_get_current (self));
      break;
    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, spots_history_get_can_go_back (self));
      break;
    case PROP_CAN_GO_FORWARD:
      g_value_set_boolean (value, spots_history_get_can_go_forward (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
spots_history_finalize (GObject *object)
{
  SpotsHistory *self = SPOTS_HISTORY (object);

  g_ptr_array_unref (self->places);

  G_OBJECT_CLASS (spots_history_parent_class)->finalize (object);
}

static void
spots_history_class_init (SpotsHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->get_property = spots_history_get_property;
  object_class->finalize = spots_history_finalize;

  properties[PROP_CURRENT] = g_param_spec_object ("current", NULL, NULL, SPOTS_TYPE_PLACE, flags);
  properties[PROP_CAN_GO_BACK] = g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_GO_FORWARD] = g_param_spec_boolean ("can-go-forward", NULL, NULL, FALSE,
                                                          flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
spots_history_init (SpotsHistory *self)
{
  self->places = g_ptr_array_new_with_free_func (g_object_unref);
}

SpotsHistory *
spots_history_new (void)
{
  return g_object_new (SPOTS_TYPE_HISTORY, NULL);
}

/* Runs a change to the list and the cursor, then notifies only what the
 * change really changed. */
typedef struct
{
  SpotsPlace *current;
  gboolean can_go_back;
  gboolean can_go_forward;
} Before;

static Before
note_before (SpotsHistory *self)
{
  return (Before) {
    spots_history_get_current (self),
    spots_history_get_can_go_back (self),
    spots_history_get_can_go_forward (self),
  };
}

static void
notify_changes (SpotsHistory *self,
                Before        before)
{
  g_object_freeze_notify (G_OBJECT (self));
  if (before.current != spots_history_get_current (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT]);
  if (before.can_go_back != spots_history_get_can_go_back (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
  if (before.can_go_forward != spots_history_get_can_go_forward (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_FORWARD]);
  g_object_thaw_notify (G_OBJECT (self));
}

static gboolean
stays (SpotsPlace *current,
       SpotsPlace *place)
{
  if (spots_place_get_kind (current) != spots_place_get_kind (place))
    return FALSE;

  switch (spots_place_get_kind (place))
    {
    case SPOTS_PLACE_HOME:
    case SPOTS_PLACE_CHECKLIST:
    case SPOTS_PLACE_PROBLEMS:
      return TRUE;

    case SPOTS_PLACE_ARTICLE:
      return spots_place_get_section (place) == NULL &&
             spots_place_get_section (current) == NULL &&
             g_strcmp0 (spots_place_get_article (current), spots_place_get_article (place)) == 0;

    case SPOTS_PLACE_SEARCH:
    case SPOTS_PLACE_COMPARE:
      return FALSE;
    }

  return FALSE;
}

static void
replace_current (SpotsHistory *self,
                 SpotsPlace   *place)
{
  g_ptr_array_index (self->places, self->cursor) = g_object_ref (place);
}

/**
 * spots_history_go:
 * @place: where the window goes next
 *
 * Makes @place the current place, by the rules in the theory above.
 *
 * Returns: %FALSE if the window stays where it is: nothing to show anew
 */
gboolean
spots_history_go (SpotsHistory *self,
                  SpotsPlace   *place)
{
  SpotsPlace *current;
  Before before;

  g_return_val_if_fail (SPOTS_IS_HISTORY (self), FALSE);
  g_return_val_if_fail (SPOTS_IS_PLACE (place), FALSE);

  current = spots_history_get_current (self);
  if (current != NULL && stays (current, place))
    return FALSE;

  before = note_before (self);
  if (current != NULL && spots_place_get_kind (current) == SPOTS_PLACE_SEARCH &&
      spots_place_get_kind (place) == SPOTS_PLACE_SEARCH)
    {
      g_object_unref (current);
      replace_current (self, place);
    }
  else
    {
      if (self->places->len > 0)
        g_ptr_array_set_size (self->places, self->cursor + 1);
      g_ptr_array_add (self->places, g_object_ref (place));
      self->cursor = self->places->len - 1;
    }
  notify_changes (self, before);

  return TRUE;
}

static gboolean
move_cursor (SpotsHistory *self,
             int           step)
{
  Before before;

  if (step < 0 ? !spots_history_get_can_go_back (self) : !spots_history_get_can_go_forward (self))
    return FALSE;

  before = note_before (self);
  self->cursor += step;
  notify_changes (self, before);

  return TRUE;
}

/**
 * spots_history_back:
 *
 * Returns: %FALSE if there is nothing behind the current place
 */
gboolean
spots_history_back (SpotsHistory *self)
{
  g_return_val_if_fail (SPOTS_IS_HISTORY (self), FALSE);

  return move_cursor (self, -1);
}

/**
 * spots_history_forward:
 *
 * Returns: %FALSE if there is nothing ahead of the current place
 */
gboolean
spots_history_forward (SpotsHistory *self)
{
  g_return_val_if_fail (SPOTS_IS_HISTORY (self), FALSE);

  return move_cursor (self, 1);
}

/**
 * spots_history_remember:
 * @place: the current place as it is now
 *
 * Replaces the current place without moving, for a place that changes
 * while shown (a comparison gains and loses conditions): Back and Forward
 * return to it as it was left. Notifies "current", which is a new object,
 * but nothing needs to be shown anew.
 */
void
spots_history_remember (SpotsHistory *self,
                        SpotsPlace   *place)
{
  SpotsPlace *current;
  Before before;

  g_return_if_fail (SPOTS_IS_HISTORY (self));
  g_return_if_fail (SPOTS_IS_PLACE (place));

  current = spots_history_get_current (self);
  g_return_if_fail (current != NULL);
  g_return_if_fail (spots_place_get_kind (current) == spots_place_get_kind (place));

  if (current == place)
    return;

  before = note_before (self);
  g_object_unref (current);
  replace_current (self, place);
  notify_changes (self, before);
}

/**
 * spots_history_get_current:
 *
 * Returns: (nullable) (transfer none): the place shown, or %NULL before
 *   the first move
 */
SpotsPlace *
spots_history_get_current (SpotsHistory *self)
{
  g_return_val_if_fail (SPOTS_IS_HISTORY (self), NULL);

  if (self->places->len == 0)
    return NULL;

  return g_ptr_array_index (self->places, self->cursor);
}

gboolean
spots_history_get_can_go_back (SpotsHistory *self)
{
  g_return_val_if_fail (SPOTS_IS_HISTORY (self), FALSE);

  return self->places->len > 0 && self->cursor > 0;
}

gboolean
spots_history_get_can_go_forward (SpotsHistory *self)
{
  g_return_val_if_fail (SPOTS_IS_HISTORY (self), FALSE);

  return self->cursor + 1 < self->places->len;
}

/**
 * spots_history_get_length:
 *
 * Returns: how many places Back and Forward can reach, the current one
 *   included
 */
guint
spots_history_get_length (SpotsHistory *self)
{
  g_return_val_if_fail (SPOTS_IS_HISTORY (self), 0);

  return self->places->len;
}
