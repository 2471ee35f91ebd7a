package org.pathwayplanner.people;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SchoolRepository extends JpaRepository<School, Long> {
}

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {
    Optional<UserAccount> findByUsername(String username);
}

interface StaffMemberRepository extends JpaRepository<StaffMember, Long> {
}

interface StudentRepository extends JpaRepository<Student, Long> {
}

interface ClassSectionRepository extends JpaRepository<ClassSection, Long> {
}

interface GuardianRepository extends JpaRepository<Guardian, Long> {
}
