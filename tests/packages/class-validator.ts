// class-validator + class-transformer: DTOs validated with decorators, plain
// objects turned into class instances and back (legacy decorators with
// emitDecoratorMetadata, as NestJS-style code writes them).
import 'reflect-metadata';
import {
  IsString, IsInt, Min, Max, IsEmail, IsOptional, ValidateNested, IsArray,
  ArrayMinSize, Length, IsIn, IsBoolean, Matches, MinLength, IsPositive,
  validate, validateSync, ValidationError, ValidatorConstraint,
  ValidatorConstraintInterface, ValidationArguments, Validate, IsNotEmpty,
  registerDecorator, ValidationOptions, IsDateString, ArrayMaxSize, IsEnum,
} from 'class-validator';
import {
  plainToInstance, instanceToPlain, Type, Expose, Exclude, Transform,
} from 'class-transformer';

enum Role { Admin = 'admin', User = 'user' }

@ValidatorConstraint({ name: 'evenNumber', async: false })
class EvenConstraint implements ValidatorConstraintInterface {
  validate(value: unknown, _args: ValidationArguments) {
    return typeof value === 'number' && value % 2 === 0;
  }
  defaultMessage(args: ValidationArguments) {
    return `${args.property} must be even (got ${args.value})`;
  }
}

function IsSlug(options?: ValidationOptions) {
  return function (object: object, propertyName: string) {
    registerDecorator({
      name: 'isSlug',
      target: object.constructor,
      propertyName,
      options,
      validator: {
        validate(value: any) { return typeof value === 'string' && /^[a-z0-9-]+$/.test(value); },
        defaultMessage() { return '$property must be a slug'; },
      },
    });
  };
}

class AddressDto {
  @IsString() @IsNotEmpty() street!: string;
  @IsString() @Length(2, 2, { message: 'country must be a 2-letter code' }) country!: string;
  @IsOptional() @Matches(/^\d{5}$/) zip?: string;
}

class TagDto {
  @IsSlug() name!: string;
  @Validate(EvenConstraint) weight!: number;
}

class UserDto {
  @IsString() @MinLength(3, { groups: ['create'] }) @MinLength(1, { groups: ['update'] })
  name!: string;

  @IsEmail({}, { message: 'email "$value" is not valid' }) email!: string;

  @IsInt() @Min(0) @Max(150) age!: number;

  @IsEnum(Role) role!: Role;

  @IsOptional() @IsBoolean() active?: boolean;

  @ValidateNested() @Type(() => AddressDto) address!: AddressDto;

  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(3) @ValidateNested({ each: true }) @Type(() => TagDto)
  tags!: TagDto[];

  @IsIn(['a', 'b'], { groups: ['strict'] }) level?: string;
}

function flatten(errors: ValidationError[], prefix = ''): string[] {
  const out: string[] = [];
  for (const e of errors) {
    const path = prefix ? `${prefix}.${e.property}` : e.property;
    for (const [k, m] of Object.entries(e.constraints ?? {}).sort())
      out.push(`${path} [${k}] ${m}`);
    if (e.children?.length) out.push(...flatten(e.children, path));
  }
  return out;
}

const good = {
  name: 'Ada', email: 'ada@example.com', age: 36, role: 'admin', active: true,
  address: { street: 'Main 1', country: 'UK', zip: '12345' },
  tags: [{ name: 'math', weight: 2 }, { name: 'code-1', weight: 4 }],
};
const bad = {
  name: 'Al', email: 'nope', age: 200.5, role: 'root', active: 'yes',
  address: { street: '', country: 'GBR', zip: 'x' },
  tags: [{ name: 'Bad Slug', weight: 3 }, { name: 'ok', weight: 1 }, {}, {}],
  level: 'z',
};

async function main() {
  const u = plainToInstance(UserDto, good);
  console.log(u instanceof UserDto, u.address instanceof AddressDto,
              u.tags[0] instanceof TagDto, u.tags.length);
  console.log('good:', flatten(await validate(u)));
  const b = plainToInstance(UserDto, bad);
  for (const line of flatten(await validate(b))) console.log('bad:', line);
  console.log('create group:', flatten(validateSync(b, { groups: ['create'] })));
  console.log('update group:', flatten(validateSync(plainToInstance(UserDto, { name: '' }), { groups: ['update'] })));
  console.log('strict group:', flatten(validateSync(b, { groups: ['strict'] })));
  const skip = await validate(plainToInstance(UserDto, { name: 'Bob' }), { skipMissingProperties: true });
  console.log('skipMissing:', flatten(skip));
  const wl = await validate(plainToInstance(UserDto, { ...good, extra: 1 }), { whitelist: true, forbidNonWhitelisted: true });
  console.log('whitelist:', flatten(wl));
  console.log('reflect design:type of age:', (Reflect as any).getMetadata('design:type', UserDto.prototype, 'age')?.name);
  console.log('reflect design:type of tags:', (Reflect as any).getMetadata('design:type', UserDto.prototype, 'tags')?.name);
}

// --- class-transformer ---
class Photo {
  id!: number;
  @Expose({ name: 'file_name' }) filename!: string;
  @Transform(({ value }) => value.toUpperCase(), { toClassOnly: true }) kind!: string;
}

class Account {
  id!: number;
  @Exclude() password!: string;
  @Expose() get fullName() { return `${this.first} ${this.last}`; }
  first!: string;
  last!: string;
  @Type(() => Photo) photos!: Photo[];
  @Type(() => Date) createdAt!: Date;
  @Exclude({ toPlainOnly: true }) secret?: string;
  @Expose({ groups: ['admin'] }) internal?: string;
}

class Shape { kind!: string; }
class Circle extends Shape { r!: number; area() { return Math.round(Math.PI * this.r * this.r); } }
class Square extends Shape { s!: number; area() { return this.s * this.s; } }
class Drawing {
  @Type(() => Shape, {
    discriminator: { property: 'kind', subTypes: [{ value: Circle, name: 'circle' }, { value: Square, name: 'square' }] },
    keepDiscriminatorProperty: true,
  })
  shapes!: Shape[];
}

function transformer() {
  const plain = {
    id: 7, password: 'hunter2', first: 'Grace', last: 'Hopper', secret: 's', internal: 'i',
    photos: [{ id: 1, file_name: 'a.png', kind: 'jpeg' }, { id: 2, file_name: 'b.png', kind: 'png' }],
    createdAt: '2020-01-02T03:04:05.000Z',
  };
  const acc = plainToInstance(Account, plain);
  console.log(acc instanceof Account, acc.photos[0] instanceof Photo, acc.createdAt instanceof Date,
              acc.password, acc.secret, acc.photos.map((p) => `${p.id}:${p.filename}:${p.kind}`).join(','));
  console.log(acc.fullName, acc.createdAt.toISOString());
  console.log(JSON.stringify(instanceToPlain(acc)));
  console.log(JSON.stringify(instanceToPlain(acc, { groups: ['admin'] })));
  console.log(JSON.stringify(instanceToPlain(acc, { strategy: 'excludeAll' })));
  const exposed = plainToInstance(Account, plain, { excludeExtraneousValues: true });
  console.log(JSON.stringify(exposed));
  const d = plainToInstance(Drawing, { shapes: [{ kind: 'circle', r: 2 }, { kind: 'square', s: 3 }] });
  console.log(d.shapes.map((s: any) => `${s.constructor.name}:${s.area()}`).join(' '));
  console.log(JSON.stringify(instanceToPlain(d)));
  const many = plainToInstance(Photo, [{ id: 3, file_name: 'c', kind: 'gif' }]);
  console.log(Array.isArray(many), many[0] instanceof Photo, many[0].filename);
}

transformer();
main().catch((e) => { console.log('error', e); process.exitCode = 1; });
