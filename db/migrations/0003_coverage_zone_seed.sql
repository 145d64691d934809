-- ZON-1 coverage zone, with the SPEC interpretation: whole départements; Mougins = 06250;
-- Marseille = 13001–13016; Aix-en-Provence = 13080, 13090, 13100, 13290, 13540; Monaco (98000) always excluded.
-- Operations amend this table with a new migration (or an UPDATE), not with a release.
INSERT INTO coverage_zone_rules (postal_code_prefix, commune, covered, label) VALUES
  ('75', NULL, true, 'Département 75 — Paris'),
  ('77', NULL, true, 'Département 77 — Seine-et-Marne'),
  ('78', NULL, true, 'Département 78 — Yvelines'),
  ('91', NULL, true, 'Département 91 — Essonne'),
  ('92', NULL, true, 'Département 92 — Hauts-de-Seine'),
  ('93', NULL, true, 'Département 93 — Seine-Saint-Denis'),
  ('94', NULL, true, 'Département 94 — Val-de-Marne'),
  ('95', NULL, true, 'Département 95 — Val-d''Oise'),
  ('83', NULL, true, 'Département 83 — Var'),
  ('84', NULL, true, 'Département 84 — Vaucluse'),
  ('06250', 'Mougins', true, 'Alpes-Maritimes : Mougins seulement'),
  ('13001', 'Marseille', true, 'Bouches-du-Rhône : Marseille'),
  ('13002', 'Marseille', true, 'Bouches-du-Rhône : Marseille'),
  ('13003', 'Marseille', true, 'Bouches-du-Rhône : Marseille'),
  ('13004', 'Marseille', true, 'Bouches-du-Rhône : Marseille'),
  ('13005', 'Marseille', true, 'Bouches-du-Rhône : Marseille'),
  ('13006', 'Marseille', true, 'Bouches-du-Rhône : Marseille'),
  ('13007', 'Marseille', true, 'Bouches-du-Rhône : Marseille'),
  ('13008', 'Marseille', true, 'Bouches-du-Rhône : Marseille'),
  ('13009', 'Marseille', true, 'Bouches-du-Rhône : Marseille'),
  ('13010', 'Marseille', true, 'Bouches-du-Rhône : Marseille'),
  ('13011', 'Marseille', true, 'Bouches-du-Rhône : Marseille'),
  ('13012', 'Marseille', true, 'Bouches-du-Rhône : Marseille'),
  ('13013', 'Marseille', true, 'Bouches-du-Rhône : Marseille'),
  ('13014', 'Marseille', true, 'Bouches-du-Rhône : Marseille'),
  ('13015', 'Marseille', true, 'Bouches-du-Rhône : Marseille'),
  ('13016', 'Marseille', true, 'Bouches-du-Rhône : Marseille'),
  ('13080', 'Aix-en-Provence', true, 'Bouches-du-Rhône : Aix-en-Provence'),
  ('13090', 'Aix-en-Provence', true, 'Bouches-du-Rhône : Aix-en-Provence'),
  ('13100', 'Aix-en-Provence', true, 'Bouches-du-Rhône : Aix-en-Provence'),
  ('13290', 'Aix-en-Provence', true, 'Bouches-du-Rhône : Aix-en-Provence'),
  ('13540', 'Aix-en-Provence', true, 'Bouches-du-Rhône : Aix-en-Provence'),
  ('98000', NULL, false, 'Monaco : toujours exclu');
--> statement-breakpoint
-- MEM-2/MEM-3: the membership state machine, held by the database as well as by the service.
CREATE FUNCTION members_check_status_transition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = OLD.status THEN
    RETURN NEW;
  END IF;
  IF (OLD.status, NEW.status) IN (
    ('CANDIDATE', 'ACCEPTED'), ('CANDIDATE', 'REJECTED'),
    ('ACCEPTED', 'ACTIVE'),
    ('ACTIVE', 'TERMINATED'),
    ('TERMINATED', 'ACCEPTED'), ('TERMINATED', 'ACTIVE')
  ) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'illegal membership transition % -> %', OLD.status, NEW.status
    USING ERRCODE = 'check_violation', CONSTRAINT = 'members_status_transition';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER members_status_transition BEFORE UPDATE OF status ON members
  FOR EACH ROW EXECUTE FUNCTION members_check_status_transition();
