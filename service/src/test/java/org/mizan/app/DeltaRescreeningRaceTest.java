package org.mizan.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.model.Watchlist;
import org.mizan.screening.AuditedScreening;
import org.mizan.screening.ListFiles;
import org.mizan.screening.ListsMovedException;
import org.mizan.screening.Monitoring;
import org.mizan.screening.Screening;
import org.mizan.screening.ScreeningJson;
import org.mizan.screening.SubjectReader;
import org.mizan.store.Database;
import org.mizan.store.JdbiAlerts;
import org.mizan.store.JdbiMonitoring;
import org.mizan.store.JdbiScreenings;

/**
 * Delta re-screening while subjects are registered: a subject registered during the re-screening
 * (where the pages have passed already) is re-screened before the results are stored, and once the
 * new versions are in force an instance still screening against the old ones registers no one.
 */
class DeltaRescreeningRaceTest {
  @TempDir Path dir;

  @Test
  void aSubjectRegisteredDuringTheReScreeningIsReScreenedToo() throws Exception {
    Path januaryFile = dir.resolve("consolidated-2026-01-28.xml");
    try (InputStream in = getClass().getResourceAsStream("/lists/un/consolidated-2026-01-28.xml")) {
      Files.copy(in, januaryFile);
    }
    Watchlist january = ListFiles.read(januaryFile);
    Watchlist february = Mizan.bundledList();
    Screening underJanuary = Mizan.over(List.of(january)).screening();
    Clock clock = Clock.systemUTC();
    LocalDate today = LocalDate.now(clock);
    Deque<String> ids =
        new ArrayDeque<>(
            List.of(
                "50000000-0000-0000-0000-000000000001",
                "00000000-0000-0000-0000-000000000002",
                "60000000-0000-0000-0000-000000000003"));
    try (Database db = Database.open(Optional.empty(), dir.resolve("data"));
        JdbiScreenings screenings = new JdbiScreenings(db, clock)) {
      AuditedScreening recorder =
          new AuditedScreening(
              new ScreeningJson(new ObjectMapper()), screenings, new JdbiAlerts(db, clock), clock);
      JdbiMonitoring store = new JdbiMonitoring(db, clock);
      Monitoring monitoring = new Monitoring(recorder, store, clock, ids::removeFirst);
      StringWriter err = new StringWriter();
      DeltaRescreening.run(
          monitoring, List.of(january), v -> Optional.empty(), today, 1, new PrintWriter(err));
      monitoring.register(
          List.of(registration("{\"name\":\"Margaret Thorne\"}", today)),
          underJanuary,
          Screening.ALERT_THRESHOLD,
          Screening.DEFAULT_LIMIT,
          "key:desk");

      DeltaRescreening.Plan plan =
          DeltaRescreening.plan(
              store.inForce(),
              List.of(february),
              v -> v.equals(january.version()) ? Optional.of(january) : Optional.empty());
      // After the only page: a subject registered (by an instance still on January) whose id
      // sorts before the pages' end.
      Monitoring.Rescreened done =
          monitoring.rescreen(
              () -> Mizan.over(plan.delta()).screening(),
              new HashSet<>(store.inForce().values()),
              plan.changes(),
              List.of(february.version()),
              Screening.ALERT_THRESHOLD,
              Screening.DEFAULT_LIMIT,
              1,
              today,
              n ->
                  monitoring.register(
                      List.of(
                          registration(
                              "{\"name\":\"Abdelrahim Hamdan Dagalo\",\"dob\":\"1972-01-01\"}",
                              today)),
                      underJanuary,
                      Screening.ALERT_THRESHOLD,
                      Screening.DEFAULT_LIMIT,
                      "key:desk"));
      assertThat(done.subjects()).isEqualTo(2);
      assertThat(done.alerts()).isEqualTo(1);
      assertThat(monitoring.hits("00000000-0000-0000-0000-000000000002"))
          .extracting(h -> h.hit().pair().entry())
          .containsExactly("SDi.008");
      assertThat(store.inForce().values()).containsExactly(february.version());

      // Now an instance still screening against January registers no one.
      assertThatThrownBy(
              () ->
                  monitoring.register(
                      List.of(registration("{\"name\":\"Gedo Hamdan Ahmed\"}", today)),
                      underJanuary,
                      Screening.ALERT_THRESHOLD,
                      Screening.DEFAULT_LIMIT,
                      "key:desk"))
          .isInstanceOf(ListsMovedException.class)
          .hasMessageContaining("restart this instance with the versions in force");
      assertThat(monitoring.find("60000000-0000-0000-0000-000000000003")).isEmpty();
    }
  }

  private static Monitoring.Registration registration(String json, LocalDate today) {
    return new Monitoring.Registration(SubjectReader.fromJson(json, "body", 0, today), "");
  }
}
