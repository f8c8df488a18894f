package org.argusvms.mobile.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import org.argusvms.management.application.EvidenceLockView;

import java.util.Date;

/** A range of a camera's recordings kept from deletion, as integrators see it. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "EvidenceLock", propOrder = {"id", "cameraId", "from", "to", "reason", "createdBy", "createdAt"})
public class IntegrationEvidenceLock {

    public String id;
    public String cameraId;
    public Date from;
    public Date to;
    public String reason;
    public String createdBy;
    public Date createdAt;

    static IntegrationEvidenceLock of(EvidenceLockView view) {
        IntegrationEvidenceLock lock = new IntegrationEvidenceLock();
        lock.id = view.id();
        lock.cameraId = view.cameraId();
        lock.from = Date.from(view.from());
        lock.to = Date.from(view.to());
        lock.reason = view.reason();
        lock.createdBy = view.createdBy();
        lock.createdAt = Date.from(view.createdAt());
        return lock;
    }
}
