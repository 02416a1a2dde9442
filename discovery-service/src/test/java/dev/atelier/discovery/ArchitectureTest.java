package dev.atelier.discovery;

import dev.atelier.platform.test.ArchitectureContract;

class ArchitectureTest implements ArchitectureContract {

    @Override
    public String basePackage() {
        return "dev.atelier.discovery";
    }
}
