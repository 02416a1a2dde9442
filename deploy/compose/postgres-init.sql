-- One role and one database per service (each service owns its own database).
-- Runs once, when the PostgreSQL volume is first initialised. Local passwords only.
CREATE ROLE customer_service LOGIN PASSWORD 'customer_service';
CREATE DATABASE customer_service OWNER customer_service;
CREATE ROLE order_service LOGIN PASSWORD 'order_service';
CREATE DATABASE order_service OWNER order_service;
CREATE ROLE inventory_service LOGIN PASSWORD 'inventory_service';
CREATE DATABASE inventory_service OWNER inventory_service;
CREATE ROLE media_service LOGIN PASSWORD 'media_service';
CREATE DATABASE media_service OWNER media_service;
