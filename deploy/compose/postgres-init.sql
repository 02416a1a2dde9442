-- One role and one database per service (each service owns its own database).
-- Run once by postgres-init.sh when the PostgreSQL volume is first initialised; the passwords come
-- from .env (psql variables), with local-only defaults.
CREATE ROLE customer_service LOGIN PASSWORD :'customer_password';
CREATE DATABASE customer_service OWNER customer_service;
CREATE ROLE order_service LOGIN PASSWORD :'order_password';
CREATE DATABASE order_service OWNER order_service;
CREATE ROLE inventory_service LOGIN PASSWORD :'inventory_password';
CREATE DATABASE inventory_service OWNER inventory_service;
CREATE ROLE media_service LOGIN PASSWORD :'media_password';
CREATE DATABASE media_service OWNER media_service;
CREATE ROLE notification_service LOGIN PASSWORD :'notification_password';
CREATE DATABASE notification_service OWNER notification_service;
