-- CON-1/CON-2: the predetermined concierge categories, as data. `included` = part of the membership
-- (CON-1); the others need the « Privilège » option (CON-2). Operations amend this list with a
-- migration or an INSERT/UPDATE, not a release.
INSERT INTO concierge_categories (code, included, label_fr, label_en, position) VALUES
  ('RESTAURANT', true, 'Réservation de restaurant', 'Restaurant booking', 1),
  ('SHOPPING', true, 'Shopping', 'Shopping', 2),
  ('TICKETING', true, 'Billetterie', 'Ticketing', 3),
  ('TRANSPORT_TRAVEL', true, 'Transport et voyages', 'Transport and travel', 4),
  ('DAILY_SERVICES', true, 'Services du quotidien', 'Daily services', 5),
  ('EVENTS', false, 'Événements', 'Events', 6),
  ('OTHER', false, 'Autre demande', 'Other request', 7);
