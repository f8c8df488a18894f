package org.argusvms.management.domain.model.camera;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.argusvms.management.domain.model.hardware.CameraConnection;
import org.argusvms.management.domain.model.hardware.DeviceKind;
import org.argusvms.management.domain.model.hardware.DeviceSlot;
import org.argusvms.management.domain.model.hardware.Hardware;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.management.infrastructure.persistence.EncryptedStringConverter;
import org.argusvms.json.Jsons;
import org.argusvms.recorder.protocol.IdleRecording;
import org.argusvms.recorder.protocol.MotionSettings;
import org.argusvms.recorder.protocol.ProtocolException;
import org.argusvms.recorder.protocol.LiveStreamSource;
import org.argusvms.recorder.protocol.RtspTransport;
import org.argusvms.recorder.protocol.TriggeredRecording;

import java.time.Instant;

/**
 * A camera device of a piece of {@link Hardware} and how it is recorded. Its connection (stream URL, ONVIF address,
 * credentials) is what its recorder is given, taken from the hardware; the password is encrypted at rest.
 */
@Entity
@Table(name = "camera")
public class Camera {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    /** Optional when {@link #onvifAddress} is set: the recorder then asks the camera for its stream. */
    @Column(name = "stream_url")
    private String streamUrl;

    @Column(name = "onvif_address")
    private String onvifAddress;

    private String username;

    @Column(name = "password_encrypted")
    @Convert(converter = EncryptedStringConverter.class)
    private String password;

    @Column(name = "recording_mode", nullable = false)
    private String recordingMode;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "pre_buffer_seconds", nullable = false)
    private int preBufferSeconds = TriggeredRecording.DEFAULTS.preBufferSeconds();

    @Column(name = "post_buffer_seconds", nullable = false)
    private int postBufferSeconds = TriggeredRecording.DEFAULTS.postBufferSeconds();

    @Column(name = "idle_recording", nullable = false)
    private String idleRecording = TriggeredRecording.DEFAULTS.idleRecording().name();

    @Column(name = "motion_enabled", nullable = false)
    private boolean motionEnabled;

    @Column(name = "motion_sensitivity", nullable = false)
    private int motionSensitivity = MotionSettings.OFF.sensitivity();

    @Column(name = "motion_analysis_fps", nullable = false)
    private int motionAnalysisFps = MotionSettings.OFF.analysisFps();

    /** The include/exclude polygons in the recorder's JSON form; null: none (the whole picture). */
    @Lob
    @Column(name = "motion_regions")
    private String motionRegions;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recording_server_id", nullable = false)
    private RecordingServer recordingServer;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Null only between construction and {@link #attachTo}; the migration gave every older camera one. */
    @ManyToOne
    @JoinColumn(name = "hardware_id")
    private Hardware hardware;

    @Column(nullable = false)
    private int channel;

    /** The storage of its recorder it records to; null: the recorder's default (docs/design/storages.md). */
    @Column(name = "storage_id")
    private String storageId;

    /** How its RTP reaches the recorder: TCP, UDP or AUTO ({@link RtspTransport}). */
    @Column(name = "rtsp_transport", nullable = false)
    private String rtspTransport = RtspTransport.TCP.name();

    /** Whether live viewers may get a second stream: PRIMARY or SECONDARY ({@link LiveStreamSource}). */
    @Column(name = "live_stream", nullable = false)
    private String liveStream = LiveStreamSource.PRIMARY.name();

    /** The second stream's rtsp:// URL; null: none, or for an ONVIF camera its second profile. */
    @Column(name = "live_stream_url")
    private String liveStreamUrl;

    @Version
    private long version;

    protected Camera() {
    }

    public Camera(String id, String name, String streamUrl, String username, String password, String recordingMode,
                  boolean enabled, RecordingServer recordingServer, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.streamUrl = streamUrl;
        this.username = username;
        this.password = password;
        this.recordingMode = recordingMode;
        this.enabled = enabled;
        this.recordingServer = recordingServer;
        this.createdAt = createdAt;
    }

    /** Replaces the configuration; with {@code keepPassword} the stored password stays. */
    public void reconfigure(String name, String streamUrl, String username, String password, boolean keepPassword,
                            String recordingMode, boolean enabled, RecordingServer recordingServer) {
        this.name = name;
        this.streamUrl = streamUrl;
        this.username = username;
        if (!keepPassword) {
            this.password = password;
        }
        this.recordingMode = recordingMode;
        this.enabled = enabled;
        moveTo(recordingServer);
    }

    /** The camera is the {@code cameraChannel} camera of {@code unit}. */
    public void attachTo(Hardware unit, int cameraChannel) {
        this.hardware = unit;
        this.channel = cameraChannel;
    }

    /** Takes its hardware's connection ({@link CameraConnection#of}). */
    public void connectThrough(Hardware unit, String ownStreamUrl) {
        CameraConnection connection = CameraConnection.of(unit, ownStreamUrl);
        this.streamUrl = connection.streamUrl();
        this.onvifAddress = connection.onvifAddress();
        this.username = connection.credentials().username();
        this.password = connection.credentials().password();
    }

    /** Its stream URL unless that is only {@code hardwareAddress} (RTSP hardware's): what it has of its own. */
    public String ownStreamUrl(String hardwareAddress) {
        return streamUrl == null || streamUrl.equals(hardwareAddress) ? null : streamUrl;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void enable(boolean on) {
        this.enabled = on;
    }

    /** Whether the recorder should connect to it: the camera is enabled and so is its hardware. */
    public boolean inUse() {
        return enabled && (hardware == null || hardware.enabled());
    }

    public Hardware hardware() {
        return hardware;
    }

    public DeviceSlot slot() {
        return new DeviceSlot(DeviceKind.CAMERA, channel);
    }

    public int channel() {
        return channel;
    }

    /** Records to that storage of its recorder from now on (null: the recorder's default); checked by the caller. */
    public void recordTo(String storage) {
        this.storageId = storage;
    }

    public String storageId() {
        return storageId;
    }

    /**
     * From now on the camera is recorded by {@code server}; its placement history says since when. Storages belong to
     * a recorder: on the new one the camera records to its default storage.
     */
    public void moveTo(RecordingServer server) {
        if (recordingServer != null && !recordingServer.id().equals(server.id())) {
            this.storageId = null;
        }
        this.recordingServer = server;
    }

    /** Pre-/post-buffer and idle frame rate; validated by {@link TriggeredRecording} itself. */
    public void changeTriggeredRecording(TriggeredRecording settings) {
        this.preBufferSeconds = settings.preBufferSeconds();
        this.postBufferSeconds = settings.postBufferSeconds();
        this.idleRecording = settings.idleRecording().name();
    }

    /** Motion detection on the recorder; validated by {@link MotionSettings} itself. */
    public void changeMotion(MotionSettings settings) {
        this.motionEnabled = settings.enabled();
        this.motionSensitivity = settings.sensitivity();
        this.motionAnalysisFps = settings.analysisFps();
        this.motionRegions = settings.include().isEmpty() && settings.exclude().isEmpty() ? null
                : Jsons.objectBuilder(settings.toJson()).remove("enabled").remove("sensitivity").remove("analysisFps")
                        .build().toString();
    }

    public MotionSettings motion() {
        MotionSettings regions = regions();
        return new MotionSettings(motionEnabled, motionSensitivity, motionAnalysisFps, regions.include(),
                regions.exclude());
    }

    /** Only include/exclude of the result count; the column holds nothing else. */
    private MotionSettings regions() {
        if (motionRegions == null) {
            return MotionSettings.OFF;
        }
        try {
            return MotionSettings.fromJson(Jsons.readObject(motionRegions));
        } catch (ProtocolException e) {
            throw new IllegalStateException("camera " + id + " has unreadable motion regions: " + e.getMessage(), e);
        }
    }

    /** The camera's ONVIF device service (http/https, no credentials), or null for an RTSP-only camera. */
    public void changeRtspTransport(RtspTransport transport) {
        this.rtspTransport = transport.name();
    }

    /** The second stream for live viewing (validated: SECONDARY has a URL or the camera an ONVIF address). */
    public void changeLiveStream(LiveStreamSource source, String url) {
        this.liveStream = source.name();
        this.liveStreamUrl = source == LiveStreamSource.SECONDARY ? url : null;
    }

    /** PRIMARY for a value this version does not know (written by a newer one). */
    public LiveStreamSource liveStream() {
        return LiveStreamSource.parse(liveStream).orElse(LiveStreamSource.PRIMARY);
    }

    public String liveStreamUrl() {
        return liveStreamUrl;
    }

    /** TCP for a value this version does not know (written by a newer one). */
    public RtspTransport rtspTransport() {
        return RtspTransport.parse(rtspTransport).orElse(RtspTransport.TCP);
    }

    public void changeOnvifAddress(String onvifAddress) {
        this.onvifAddress = onvifAddress;
    }

    public String onvifAddress() {
        return onvifAddress;
    }

    public TriggeredRecording triggeredRecording() {
        return new TriggeredRecording(preBufferSeconds, postBufferSeconds, IdleRecording.valueOf(idleRecording));
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String streamUrl() {
        return streamUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String recordingMode() {
        return recordingMode;
    }

    public boolean enabled() {
        return enabled;
    }

    public RecordingServer recordingServer() {
        return recordingServer;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
