package org.ptzcam.device;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ptzcam.device.identity.DeviceIdentity;
import org.ptzcam.device.identity.Identities;
import org.ptzcam.device.identity.IdentityStore;
import org.ptzcam.device.identity.Product;
import org.ptzcam.device.identity.StoredIdentity;
import org.ptzcam.device.params.ParameterTree;
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
 * HTTPS certificate and runtime facts. Holds the directory's lock until {@link #close()}; many
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
    private final StreamProfiles streamProfiles;
    private final AtomicBoolean closed = new AtomicBoolean();

    private DeviceModel(DataDirLayout layout, DataDirLock lock, Database database, StoredIdentity storedIdentity,
            BuildInfo build, Settings settings, CertificateStore certificates, RuntimeInfo runtime) {
        this.layout = layout;
        this.lock = lock;
        this.database = database;
        this.storedIdentity = storedIdentity;
        this.build = build;
        this.settings = settings;
        this.certificates = certificates;
        this.runtime = runtime;
        this.streamProfiles = StreamProfiles.load(database, settings);
        this.parameters = ParameterTree.standard(identity(), settings, runtime,
                java.util.List.of(new StreamProfileGroup(streamProfiles)));
    }

    /**
     * Opens (creating on first boot) the camera state in {@code dataDir}.
     *
     * @throws DeviceStartException with one line saying what is wrong and what to do
     */
    public static DeviceModel open(Path dataDir, BuildInfo build, Clock clock) throws DeviceStartException {
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
            DeviceModel model = new DeviceModel(layout, lock, database, stored, build, settings, certificates,
                    new RuntimeInfo(clock));
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

    /** Stream profiles and the resolver every stream consumer uses for its effective arguments. */
    public StreamProfiles streamProfiles() {
        return streamProfiles;
    }

    public CertificateStore certificates() {
        return certificates;
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
            database.close();
            lock.close();
            LOG.info("camera {} closed", storedIdentity.serialNumber());
        }
    }
}
