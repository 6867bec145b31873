export * from './tag';
export * from './vr';
export * from './charset';
export * from './dataset';
export * from './dicom-file';
