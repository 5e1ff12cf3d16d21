package no.sammen.registry.needs.control;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Deletes resident records past their retention period, every few hours. */
@Singleton
public class ResidentRetention {

    @Inject
    Residents residents;

    @Schedule(hour = "*/6", minute = "17", persistent = false)
    void purge() {
        residents.purgeExpired();
    }
}
