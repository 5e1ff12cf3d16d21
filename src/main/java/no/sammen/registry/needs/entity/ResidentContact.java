package no.sammen.registry.needs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Who the resident behind a need is, if the frivilligsentral keeps it at all. Apart from the need, which
 * carries only a pseudonym; only the coordinator of the need's municipality may read it.
 */
@Entity
@Table(name = "resident_contact")
public class ResidentContact {

    @Id
    @Column(name = "need_id")
    private Long needId;

    @Column(length = 120)
    private String name;

    @Column(length = 20)
    private String phone;

    @Column(length = 200)
    private String address;

    @Column(length = 2000)
    private String note;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ResidentContact() {
        // for JPA
    }

    public ResidentContact(Long needId) {
        this.needId = needId;
    }

    public void change(String name, String phone, String address, String note) {
        this.name = name;
        this.phone = phone;
        this.address = address;
        this.note = note;
        this.updatedAt = Instant.now();
    }

    public Long getNeedId() {
        return needId;
    }

    public String getName() {
        return name;
    }

    public String getPhone() {
        return phone;
    }

    public String getAddress() {
        return address;
    }

    public String getNote() {
        return note;
    }
}
