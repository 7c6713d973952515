-- Each carrier's next free slot for placing a call, shared by every instance of a cluster, so that
-- numbers.calls.max-per-second holds for the cluster as a whole. A dial locks its carrier's row for a moment.
-- The slot is in microseconds since the epoch: slots are fractions of a second apart, and a DATETIME written by
-- mysql-connector-j to MariaDB loses its fraction.
CREATE TABLE carrier_slots (
    carrier           VARCHAR(20)  NOT NULL,
    next_slot_micros  BIGINT,
    CONSTRAINT pk_carrier_slots PRIMARY KEY (carrier)
);

INSERT INTO carrier_slots (carrier) VALUES ('sandbox');
INSERT INTO carrier_slots (carrier) VALUES ('twilio');
INSERT INTO carrier_slots (carrier) VALUES ('telnyx');
