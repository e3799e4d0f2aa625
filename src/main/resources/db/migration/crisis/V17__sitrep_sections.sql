-- CRI-3: each section of a situation report carries its own classification, never wider than the report's.
-- The summary is read at the report's own classification; existing reports keep one classification throughout.
alter table sitrep add column figures_classification varchar(20);
alter table sitrep add column needs_classification varchar(20);
alter table sitrep add column actions_classification varchar(20);
update sitrep set figures_classification = classification, needs_classification = classification,
    actions_classification = classification;
alter table sitrep alter column figures_classification set not null;
alter table sitrep alter column needs_classification set not null;
alter table sitrep alter column actions_classification set not null;
