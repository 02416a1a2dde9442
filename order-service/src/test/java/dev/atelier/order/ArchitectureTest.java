package dev.atelier.order;

import dev.atelier.platform.test.ArchitectureContract;

class ArchitectureTest implements ArchitectureContract {

    @Override
    public String basePackage() {
        return "dev.atelier.order";
    }
}
