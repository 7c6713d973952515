-- A number's inbound rules (fallback, business hours, blocked callers) as the JSON the API shows; null for none.
-- The change log carries them too, so that every instance's routing table answers by them.
ALTER TABLE phone_numbers ADD COLUMN inbound_rules TEXT;
ALTER TABLE number_changes ADD COLUMN inbound_rules TEXT;
