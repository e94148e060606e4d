package org.ptzcam.device;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import org.ptzcam.device.accounts.Accounts;
import org.ptzcam.device.accounts.AuditLog;
import org.ptzcam.device.accounts.BruteForceGuard;
import org.ptzcam.device.accounts.CredentialService;
import org.ptzcam.device.accounts.DigestAuth;
import org.ptzcam.device.accounts.PasswordHasher;
import org.ptzcam.device.accounts.PreviewMode;
import org.ptzcam.device.accounts.WebSocketTokens;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ptzcam.device.identity.DeviceIdentity;
import org.ptzcam.device.identity.Identities;
import org.ptzcam.device.identity.IdentityStore;
import org.ptzcam.device.identity.Product;
import org.ptzcam.device.identity.StoredIdentity;
import org.ptzcam.device.overlay.ClassicOverlays;
import org.ptzcam.device.overlay.OverlayImages;
import org.ptzcam.device.overlay.OverlayRepository;
import org.ptzcam.device.overlay.Overlays;
import org.ptzcam.device.params.ParameterTree;
import org.ptzcam.device.ptz.Mechanics;
import org.ptzcam.device.ptz.PresetStore;
import org.ptzcam.device.ptz.PtzClock;
import org.ptzcam.device.ptz.PtzService;
import org.ptzcam.device.runtime.RuntimeInfo;
import org.ptzcam.device.settings.DeviceFacts;
import org.ptzcam.device.settings.Settings;
import org.ptzcam.device.settings.SettingsCatalog;
import org.ptzcam.device.store.DataDirLayout;
import org.ptzcam.device.store.DataDirLock;
import org.ptzcam.device.store.DataDirectory;
import org.ptzcam.device.store.Database;
import org.ptzcam.device.store.StoreException;
import org.ptzcam.device.tls.CertificateStore;
import org.ptzcam.device.tls.HttpsIdentityRepository;
import org.ptzcam.device.streamprofile.StreamProfileGroup;
import org.ptzcam.device.streamprofile.StreamProfiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One camera's state, opened on its own data directory: identity, settings, parameter tree,
 * HTTPS certificate, the PTZ head, the power state and runtime facts. Holds the directory's lock until {@link #close()}; many
 * models may live in one process, each on its own directory.
 */
public final class DeviceModel implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceModel.class);

    private final DataDirLayout layout;
    private final DataDirLock lock;
    private final Database database;
    private final StoredIdentity storedIdentity;
    private final BuildInfo build;
    private final Settings settings;
    private final CertificateStore certificates;
    private final RuntimeInfo runtime;
    private final ParameterTree parameters;
    private final Overlays overlays;
    private final ClassicOverlays classicOverlays;
    private final CredentialService credentials;
    private final PtzService ptz;
    private final StreamProfiles streamProfiles;
    private final CameraPower power = new CameraPower();
    private final AtomicBoolean closed = new AtomicBoolean();

    private DeviceModel(DataDirLayout layout, DataDirLock lock, Database database, StoredIdentity storedIdentity,
            BuildInfo build, Settings settings, CertificateStore certificates, RuntimeInfo runtime,
            CredentialService credentials, PtzService ptz) {
        this.layout = layout;
        this.lock = lock;
        this.database = database;
        this.storedIdentity = storedIdentity;
        this.build = build;
        this.settings = settings;
        this.certificates = certificates;
        this.runtime = runtime;
        this.ptz = ptz;
        this.streamProfiles = StreamProfiles.load(database, settings);
        this.parameters = ParameterTree.standard(identity(), settings, runtime, ptz,
                java.util.List.of(new StreamProfileGroup(streamProfiles)));
        this.overlays = new Overlays(new OverlayRepository(database), new OverlayImages(layout.overlayImagesDir()));
        // the Image.I0.Text / Image.I0.Overlay parameters become overlays of the same model
        this.classicOverlays = new ClassicOverlays(settings, overlays);
        this.credentials = credentials;
    }

    /** The Digest realm: {@code AXIS_<serial>}, fixed for the device's life (every stored HA1 depends on it). */
    public static String realmOf(String serialNumber) {
        return "AXIS_" + serialNumber;
    }

    /**
     * Opens (creating on first boot) the camera state in {@code dataDir}.
     *
     * @throws DeviceStartException with one line saying what is wrong and what to do
     */
    public static DeviceModel open(Path dataDir, BuildInfo build, Clock clock) throws DeviceStartException {
        return open(dataDir, build, clock, PreviewMode.DEFAULT_DURATION, PtzClock.system());
    }

    /** As {@link #open(Path, BuildInfo, Clock)}, with the preview-mode duration (zero switches it off). */
    public static DeviceModel open(Path dataDir, BuildInfo build, Clock clock, Duration previewDuration)
            throws DeviceStartException {
        return open(dataDir, build, clock, previewDuration, PtzClock.system());
    }

    /** As {@link #open(Path, BuildInfo, Clock)}, with the monotonic clock that drives PTZ motion (tests). */
    public static DeviceModel open(Path dataDir, BuildInfo build, Clock clock, PtzClock ptzClock)
            throws DeviceStartException {
        return open(dataDir, build, clock, PreviewMode.DEFAULT_DURATION, ptzClock);
    }

    /**
     * As {@link #open(Path, BuildInfo, Clock)}, with the preview-mode duration counted from now
     * (zero switches preview mode off) and the monotonic clock that drives PTZ motion (tests).
     */
    public static DeviceModel open(Path dataDir, BuildInfo build, Clock clock, Duration previewDuration,
            PtzClock ptzClock)
            throws DeviceStartException {
        DataDirLayout layout = new DataDirLayout(DataDirectory.prepare(dataDir));
        DataDirLock lock = DataDirLock.acquire(layout);
        Database database = null;
        try {
            database = Database.open(layout, build);
            StoredIdentity stored = IdentityStore.loadOrCreate(layout, clock, new SecureRandom());
            Settings settings = Settings.load(database, SettingsCatalog.definitions(new DeviceFacts(
                    stored.serialNumber(), Product.SHORT_NAME, Identities.defaultHostName(stored.serialNumber()))));
            CertificateStore certificates = CertificateStore.loadOrCreate(new HttpsIdentityRepository(database),
                    layout, settings.network().hostName(), clock);
            SecureRandom random = new SecureRandom();
            Accounts accounts = new Accounts(database, realmOf(stored.serialNumber()), new PasswordHasher(random),
                    random, clock);
            CredentialService credentials = new CredentialService(accounts, new DigestAuth(accounts, clock, random),
                    new BruteForceGuard(clock), new AuditLog(database, clock),
                    new PreviewMode(clock, clock.instant(), previewDuration, accounts::needsSetup), settings::security,
                    new WebSocketTokens(clock, random));
            PtzService ptz = new PtzService(new PresetStore(database), settings, ptzClock, Mechanics.BROADCAST_HEAD);
            DeviceModel model = new DeviceModel(layout, lock, database, stored, build, settings, certificates,
                    new RuntimeInfo(clock), credentials, ptz);
            LOG.info("camera {} opened on {}", stored.serialNumber(), layout.dir());
            return model;
        } catch (DeviceStartException | RuntimeException e) {
            if (database != null) {
                database.close();
            }
            lock.close();
            if (e instanceof StoreException store) {
                throw new DeviceStartException(store.getMessage()
                        + "; check free disk space and permissions, or use another --data-dir", store);
            }
            throw e;
        }
    }

    /**
     * Factory default, what holding the control button does: deletes every setting, account and
     * certificate (the database and the files derived from it) and nothing else. Takes the lock,
     * so it refuses a directory that a running camera uses. A missing directory is already default.
     */
    public static void factoryDefault(Path dataDir) throws DeviceStartException {
        FactoryDefault.run(dataDir);
    }

    /** The identity clients see; {@code hostName} is the current {@code Network.HostName}. */
    public DeviceIdentity identity() {
        return Identities.of(storedIdentity, build, settings.network().hostName());
    }

    public Settings settings() {
        return settings;
    }

    public ParameterTree parameters() {
        return parameters;
    }

    /** Text and image overlays and the uploaded overlay images. */
    public Overlays overlays() {
        return overlays;
    }

    /** Stream profiles and the resolver every stream consumer uses for its effective arguments. */
    public StreamProfiles streamProfiles() {
        return streamProfiles;
    }

    public CertificateStore certificates() {
        return certificates;
    }

    /** Accounts, authentication, preview mode and the audit log, shared by every face. */
    public CredentialService credentials() {
        return credentials;
    }

    /** The pan-tilt-zoom head: position, limits, presets, and commands through its control queue. */
    public PtzService ptz() {
        return ptz;
    }

    /** On or standby (VISCA CAM_Power); standby blacks out every stream. Starts on. */
    public CameraPower power() {
        return power;
    }

    public RuntimeInfo runtime() {
        return runtime;
    }

    public Path dataDir() {
        return layout.dir();
    }

    /** Closes the database and releases the data directory. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            classicOverlays.close();
            ptz.close();
            database.close();
            lock.close();
            LOG.info("camera {} closed", storedIdentity.serialNumber());
        }
    }
}
