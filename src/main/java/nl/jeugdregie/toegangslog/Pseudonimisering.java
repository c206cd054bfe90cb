package nl.jeugdregie.toegangslog;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.jeugdregie.kern.Bsn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Turns a BSN into a stable pseudonym: HMAC-SHA256 of the BSN with a secret key, as 64 lowercase hex
 * characters. The same BSN always gives the same pseudonym, so the toegangslog (and aggregated
 * reports) can be filtered per jeugdige without holding the BSN.
 *
 * <p>The key comes from {@code jeugdregie.pseudonimisering.sleutel} (base64, at least 32 bytes).
 * Without it a random key is generated at first start and kept in {@code toegangslog.sleutel}, so
 * pseudonyms survive a restart. That is meant for a first run and for tests only: whoever can read
 * the database could then recompute pseudonyms for every possible BSN. Production configures its
 * own key, kept outside the database.
 */
@Service
public class Pseudonimisering {

    private static final Logger log = LoggerFactory.getLogger(Pseudonimisering.class);
    private static final String ALGORITME = "HmacSHA256";
    private static final int MINIMALE_SLEUTELLENGTE = 32;

    private final PseudoniemsleutelRepository repository;
    private final TransactionTemplate eigenTransactie;
    private volatile SecretKeySpec sleutel;

    @Autowired
    Pseudonimisering(
            @Value("${jeugdregie.pseudonimisering.sleutel:}") String geconfigureerdeSleutel,
            PseudoniemsleutelRepository repository,
            PlatformTransactionManager transacties) {
        this.repository = repository;
        this.eigenTransactie = new TransactionTemplate(transacties);
        this.eigenTransactie.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        if (!geconfigureerdeSleutel.isBlank()) {
            this.sleutel = sleutelUit(geconfigureerdeSleutel);
        }
    }

    /** For unit tests: a fixed key, no database. */
    Pseudonimisering(byte[] sleutel) {
        this.repository = null;
        this.eigenTransactie = null;
        this.sleutel = new SecretKeySpec(sleutel, ALGORITME);
    }

    /** The pseudonym of this BSN: 64 lowercase hex characters, the same at every call. */
    public String pseudoniem(Bsn bsn) {
        try {
            Mac mac = Mac.getInstance(ALGORITME);
            mac.init(sleutel());
            return HexFormat.of().formatHex(mac.doFinal(bsn.value().getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is niet beschikbaar", e);
        }
    }

    private SecretKeySpec sleutel() {
        SecretKeySpec huidige = sleutel;
        if (huidige == null) {
            synchronized (this) {
                if (sleutel == null) {
                    sleutel = new SecretKeySpec(bewaardeSleutel(), ALGORITME);
                }
                huidige = sleutel;
            }
        }
        return huidige;
    }

    /** Reads the key from the database, generating and storing one first if there is none yet. */
    private byte[] bewaardeSleutel() {
        return eigenTransactie.execute(status -> {
            byte[] nieuw = new byte[MINIMALE_SLEUTELLENGTE];
            new SecureRandom().nextBytes(nieuw);
            if (repository.bewaarAlsEerste(nieuw)) {
                log.warn("Geen jeugdregie.pseudonimisering.sleutel ingesteld: een willekeurige sleutel is "
                        + "gegenereerd en in de database bewaard. Stel in productie een eigen sleutel in.");
            }
            return repository.sleutel();
        });
    }

    private static SecretKeySpec sleutelUit(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("jeugdregie.pseudonimisering.sleutel is geen geldige base64", e);
        }
        if (bytes.length < MINIMALE_SLEUTELLENGTE) {
            throw new IllegalStateException("jeugdregie.pseudonimisering.sleutel moet minstens "
                    + MINIMALE_SLEUTELLENGTE + " bytes lang zijn (base64), nu " + bytes.length);
        }
        return new SecretKeySpec(bytes, ALGORITME);
    }
}
