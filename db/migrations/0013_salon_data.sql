-- SVC-4 (art. 4.9): the Salon particulier is fixed data. Interpretation (the contract gives the
-- place, not its size or hours): one appointment at a time (a private space), open by appointment
-- Monday to Saturday 10:00–19:00 Paris time, the Boutique Orange Opéra's hours. Operations amend
-- both with an UPDATE, not a release.
INSERT INTO salons (code, name, street, postal_code, city, capacity) VALUES
  ('OPERA', 'Salon particulier du Cercle Parnasse — Boutique Orange Opéra', '10 rue Halévy', '75009', 'Paris', 1);
--> statement-breakpoint
INSERT INTO service_hours (service, iso_weekday, opens, closes, provided_by, rule) VALUES
  ('SALON', 1, '10:00', '19:00', NULL, 'SVC-4'),
  ('SALON', 2, '10:00', '19:00', NULL, 'SVC-4'),
  ('SALON', 3, '10:00', '19:00', NULL, 'SVC-4'),
  ('SALON', 4, '10:00', '19:00', NULL, 'SVC-4'),
  ('SALON', 5, '10:00', '19:00', NULL, 'SVC-4'),
  ('SALON', 6, '10:00', '19:00', NULL, 'SVC-4');
