package no.sammen.places.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import no.sammen.geo.GeoPoint;
import no.sammen.platform.RegistryRecord;

/** A part of a municipality people name when they say where they live: Stavern, Rauland, Kolbotn. */
@Entity
@Table(name = "area")
public class Area extends RegistryRecord {

    @ManyToOne(optional = false)
    @JoinColumn(name = "municipality_id")
    private Municipality municipality;

    /** Unique within the municipality; lets clients and seed files say "rauland" instead of an id. */
    @Column(name = "area_key", nullable = false, length = 60)
    private String key;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AreaKind kind;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "latitude", column = @Column(name = "centre_lat")),
        @AttributeOverride(name = "longitude", column = @Column(name = "centre_lon"))})
    private GeoPoint centre;

    public Municipality getMunicipality() {
        return municipality;
    }

    public void setMunicipality(Municipality municipality) {
        this.municipality = municipality;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AreaKind getKind() {
        return kind;
    }

    public void setKind(AreaKind kind) {
        this.kind = kind;
    }

    public GeoPoint getCentre() {
        return centre == null || centre.isEmpty() ? null : centre;
    }

    public void setCentre(GeoPoint centre) {
        this.centre = centre;
    }
}
