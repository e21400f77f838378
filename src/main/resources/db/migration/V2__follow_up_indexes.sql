-- Hearth schema, version 2: indexes for the Today screen over a large caseload.
-- The last contact per check-in agreement and per buddy pair, and the signals used this week, are found through
-- an index instead of reading every logged contact.
create index check_in_agreement_at on check_in (agreement_id, happened_at);
create index check_in_buddy_pair_at on check_in (buddy_pair_id, happened_at);
create index check_in_outcome_at on check_in (outcome, happened_at);
create index family_status_review on family (status, next_review);
