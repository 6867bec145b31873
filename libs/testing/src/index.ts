export * from './free-port';
export * from './workspace';
export * from './cli';
export * from './phantoms';
export * from './orthanc';
export * from './stage-one-originals';
