package io.mediaflow.auth.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<User, UUID> {

	@Query("select u from User u where lower(u.email) = lower(?1)")
	Optional<User> findByEmail(String email);

	@Query("select u from User u where lower(u.userName) = lower(?1)")
	Optional<User> findByUserName(String userName);

	@Query("select count(u) > 0 from User u where lower(u.email) = lower(?1)")
	boolean existsByEmail(String email);

	@Query("select count(u) > 0 from User u where lower(u.userName) = lower(?1)")
	boolean existsByUserName(String userName);

}
