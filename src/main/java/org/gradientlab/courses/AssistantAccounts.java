package org.gradientlab.courses;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teaching-assistant accounts (DESIGN §7): an admin or an instructor creates one and gets its temporary password
 * back once (there is no mail server); an instructor then adds the assistant to a course by username.
 */
@Service
public class AssistantAccounts {

    private final AccountService accounts;
    private final Access access;

    AssistantAccounts(AccountService accounts, Access access) {
        this.accounts = accounts;
        this.access = access;
    }

    /** Creates a TA account with a temporary password, returned once. */
    @Transactional
    public TemporaryPassword create(String actor, String username, String displayName) {
        Role by = access.user(actor).role();
        if (by != Role.ADMIN && by != Role.INSTRUCTOR) {
            throw CoursesException.denied(CoursesMessage.NOT_INSTRUCTOR);
        }
        return accounts.createWithTemporaryPassword(username, displayName, Role.TA);
    }
}
