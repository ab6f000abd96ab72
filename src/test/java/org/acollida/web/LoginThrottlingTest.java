package org.acollida.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.UUID;
import org.acollida.support.ProcessTestSupport;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Wrong passwords slow an account down but never lock it for good: whoever knows a user id could
 * otherwise lock anyone out, the administrator included, with nobody left to unlock them.
 */
class LoginThrottlingTest extends ProcessTestSupport {

  @Autowired IdentityService identity;

  private final String userId = "login-probe-" + UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void probeUser() {
    User user = identity.newUser(userId);
    user.setPassword(userId);
    identity.saveUser(user);
    ClockUtil.setCurrentTime(new Date());
  }

  @AfterEach
  void removeProbeUser() {
    identity.deleteUser(userId);
  }

  @Test
  void aWrongPasswordDelaysTheNextLoginEvenWithTheRightPassword() {
    assertThat(identity.checkPassword(userId, "wrong")).isFalse();
    assertThat(identity.checkPassword(userId, userId)).as("within the delay").isFalse();
    later(61);
    assertThat(identity.checkPassword(userId, userId)).as("once the delay has passed").isTrue();
  }

  @Test
  void manyWrongPasswordsSpacedPastTheDelaysNeverLockTheAccountForGood() {
    for (int attempt = 1; attempt <= 25; attempt++) {
      assertThat(identity.checkPassword(userId, "wrong-" + attempt)).isFalse();
      later(61);
    }
    assertThat(identity.checkPassword(userId, userId)).as("the right password after 25 wrong ones").isTrue();
  }

  private static void later(int seconds) {
    ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + seconds * 1000L));
  }
}
