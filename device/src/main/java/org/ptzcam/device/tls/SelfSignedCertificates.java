package org.ptzcam.device.tls;

import java.math.BigInteger;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Makes the camera's self-signed HTTPS certificate: EC P-256 (fast to generate, which matters
 * when one process boots hundreds of cameras), SHA-256, valid ten years from a day ago (clock
 * skew). Uses only the JDK's providers, so no global BouncyCastle provider is registered.
 */
final class SelfSignedCertificates {
    static final Duration VALIDITY = Duration.ofDays(3653);

    private SelfSignedCertificates() {
    }

    record Issued(KeyPair keyPair, X509Certificate certificate) {
    }

    /**
     * @param hostName   the subject's CN and first DNS name
     * @param otherNames more DNS names ({@code localhost} is always added)
     * @param addresses  more IP addresses (127.0.0.1 and ::1 are always added)
     */
    static Issued create(String hostName, List<String> otherNames, List<InetAddress> addresses, Instant now,
            SecureRandom random)
            throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        KeyPair keyPair = generator.generateKeyPair();
        X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.O, "ptzcam").addRDN(BCStyle.CN, hostName).build();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(64, random).add(BigInteger.ONE), Date.from(now.minus(Duration.ofDays(1))),
                Date.from(now.plus(VALIDITY)), subject, keyPair.getPublic());
        try {
            addExtensions(builder, keyPair, subjectAltNames(hostName, otherNames, addresses));
            return new Issued(keyPair, new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate()))));
        } catch (CertIOException | OperatorCreationException e) {
            throw new GeneralSecurityException("cannot build certificate: " + e.getMessage(), e);
        }
    }

    private static void addExtensions(X509v3CertificateBuilder builder, KeyPair keyPair, GeneralNames altNames)
            throws CertIOException, GeneralSecurityException {
        JcaX509ExtensionUtils keyIds = new JcaX509ExtensionUtils();
        // Key identifiers and a critical CA:false keep strict verifiers (Python 3.13, OpenSSL 3) happy.
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        builder.addExtension(Extension.subjectKeyIdentifier, false, keyIds.createSubjectKeyIdentifier(keyPair.getPublic()));
        builder.addExtension(Extension.authorityKeyIdentifier, false,
                keyIds.createAuthorityKeyIdentifier(keyPair.getPublic()));
        builder.addExtension(Extension.subjectAlternativeName, false, altNames);
    }

    private static GeneralNames subjectAltNames(String hostName, List<String> otherNames, List<InetAddress> addresses)
            throws GeneralSecurityException {
        List<GeneralName> names = new ArrayList<>();
        Stream.concat(Stream.of(hostName, "localhost"), otherNames.stream())
                .map(name -> name.toLowerCase(Locale.ROOT)).distinct()
                .forEach(name -> names.add(new GeneralName(GeneralName.dNSName, name)));
        List<InetAddress> all = new ArrayList<>();
        try {
            all.add(InetAddress.getByName("127.0.0.1"));
            all.add(InetAddress.getByName("::1"));
        } catch (java.net.UnknownHostException e) {
            throw new GeneralSecurityException(e); // literals never need a lookup
        }
        all.addAll(addresses);
        all.stream().distinct().map(InetAddress::getAddress) // equal bytes, equal address
                .forEach(bytes -> names.add(new GeneralName(GeneralName.iPAddress, new DEROctetString(bytes))));
        return new GeneralNames(names.toArray(GeneralName[]::new));
    }
}
