/**
 * Wire contracts of KC Speedshop: the event records that flow between modules, their versioned topic names and the one
 * serde everybody uses.
 *
 * <p>Invariants: records are immutable and validated in their compact constructors; a record's binary form starts with a
 * header naming its type and schema version, so a reader can always tell what it got and refuse what it does not know
 * with a clear reason (that reason goes to the dead-letter topic). Fields are only ever appended; a reader of schema
 * version N reads every version up to N. See {@link com.kcspeedshop.events.EventCodec}.
 */
package com.kcspeedshop.events;
